const chars = [];
for (let c = 0; c < 256; c++) chars.push(String.fromCharCode(c));
chars.push('€', '😀', '\ud800', 'é');
const p = new URLSearchParams();
for (const c of chars) p.append(c, c);
console.log(p.toString());
const u = new URL('http://h/');
for (const c of chars) {
  u.pathname = '/' + c;
  const a = u.pathname;
  u.search = c;
  const b = u.search;
  u.hash = c;
  const h = u.hash;
  u.username = c;
  const un = u.username;
  console.log(JSON.stringify([c, a, b, h, un]));
}
const back = new URLSearchParams(p.toString());
console.log([...back].every(([k, v], i) => k === v), back.size);
console.log(encodeURIComponent('é'), new URLSearchParams('a=%F0%9F%98%80&b=%E9&c=%').get('a'), new URLSearchParams('b=%E9').get('b'), new URLSearchParams('c=%').get('c'));
