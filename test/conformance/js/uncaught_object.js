// A thrown plain object: inspected, without the hint.
console.log('start');
throw { code: 'E_PLAIN', detail: [1, 2] };
