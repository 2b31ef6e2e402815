'use strict';
// util.parseArgs: command-line arguments read against a table of options.
// Arguments are classified one at a time: '--' ends the options, '--name'
// or '--name=value' is a long option, '-x' a short one, '-xyz' a group of
// short ones (or '-x' with its value 'yz' when x takes a string), and
// everything else, '-' included, is a positional.

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');

function own(obj, key) {
  return obj !== null && obj !== undefined && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function checkOptions(options) {
  for (const name of Object.keys(options)) {
    const spec = options[name];
    const where = `options.${name}`;
    validateObject(spec, where);
    const type = own(spec, 'type');
    validateUnion(type, `${where}.type`, ['string', 'boolean']);
    const short = own(spec, 'short');
    if (short !== undefined) {
      validateString(short, `${where}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`${where}.short`, short, 'must be a single character');
      }
    }
    const multiple = own(spec, 'multiple');
    if (multiple !== undefined) validateBoolean(multiple, `${where}.multiple`);
    const fallback = own(spec, 'default');
    if (fallback !== undefined) {
      const at = `${where}.default`;
      if (type === 'string') {
        if (multiple) validateStringArray(fallback, at); else validateString(fallback, at);
      } else if (multiple) {
        validateBooleanArray(fallback, at);
      } else {
        validateBoolean(fallback, at);
      }
    }
  }
}

function defaultArgs() {
  return process.argv.slice(2);
}

// A value that looks like an option: what strict mode refuses to take as
// the argument of a string option.
function looksLikeOption(value) {
  return typeof value === 'string' && value.length > 1 && value[0] === '-';
}

function describe(name, spec) {
  const short = own(spec, 'short');
  return short === undefined ? `--${name}` : `-${short}, --${name}`;
}

class Parser {
  constructor(args, options, strict, allowPositionals, allowNegative) {
    this.args = args;
    this.options = options;
    this.strict = strict;
    this.allowPositionals = allowPositionals;
    this.allowNegative = allowNegative;
    this.shortNames = { __proto__: null };
    for (const name of Object.keys(options)) {
      const short = own(options[name], 'short');
      if (short !== undefined) this.shortNames[short] = name;
    }
    this.tokens = [];
  }

  isStringOption(name) {
    return Object.hasOwn(this.options, name) && own(this.options[name], 'type') === 'string';
  }

  longNameOf(short) {
    return this.shortNames[short] ?? short;
  }

  run() {
    const args = this.args;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--') {
        this.tokens.push({ kind: 'option-terminator', index: i });
        for (let k = i + 1; k < args.length; k++) {
          this.tokens.push({ kind: 'positional', index: k, value: args[k] });
        }
        return;
      }
      if (typeof arg !== 'string' || arg.length < 2 || arg[0] !== '-') {
        this.tokens.push({ kind: 'positional', index: i, value: arg });
        continue;
      }
      if (arg[1] === '-') {
        const eq = arg.indexOf('=', 3);
        if (eq !== -1) {
          this.option(arg.slice(2, eq), arg.slice(0, eq), i, arg.slice(eq + 1), true);
        } else {
          const name = arg.slice(2);
          let value;
          if (this.isStringOption(name) && i + 1 < args.length) value = args[++i];
          this.option(name, arg, i - (value === undefined ? 0 : 1), value, false);
        }
        continue;
      }
      // One or more short options.
      for (let c = 1; c < arg.length; c++) {
        const name = this.longNameOf(arg[c]);
        const raw = `-${arg[c]}`;
        if (this.isStringOption(name)) {
          if (c + 1 < arg.length) {
            this.option(name, raw, i, arg.slice(c + 1), true);
          } else {
            const start = i;
            const value = i + 1 < args.length ? args[++i] : undefined;
            this.option(name, raw, start, value, false);
          }
          break;
        }
        this.option(name, raw, i, undefined, undefined);
      }
    }
  }

  option(name, rawName, index, value, inlineValue) {
    if (this.allowNegative && name.startsWith('no-') && rawName.startsWith('--') &&
        !Object.hasOwn(this.options, name)) {
      const positive = name.slice(3);
      if (!this.strict || (Object.hasOwn(this.options, positive) &&
                           own(this.options[positive], 'type') === 'boolean')) {
        const token = { kind: 'option', name: positive, rawName, index, value, inlineValue };
        token.negative = true;
        this.tokens.push(token);
        return;
      }
    }
    this.tokens.push({ kind: 'option', name, rawName, index, value, inlineValue });
  }
}

function checkToken(token, options, allowPositionals) {
  if (token.kind === 'positional') {
    if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
    return;
  }
  if (token.kind !== 'option') return;
  const name = token.name;
  if (!Object.hasOwn(options, name)) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  }
  const spec = options[name];
  if (own(spec, 'type') === 'string') {
    if (token.value === undefined) {
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
        `Option '${describe(name, spec)} <value>' argument missing`);
    }
    if (!token.inlineValue && looksLikeOption(token.value)) {
      const ways = token.rawName.startsWith('--') ?
        `'--${name}=-XYZ'` : `'--${name}=-XYZ' or '${token.rawName}-XYZ'`;
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
        `Option '${token.rawName}' argument is ambiguous.\n` +
        `Did you forget to specify the option argument for '${token.rawName}'?\n` +
        `To specify an option argument starting with a dash use ${ways}.`);
    }
  } else if (token.value !== undefined) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${describe(name, spec)}' does not take an argument`);
  }
}

function store(values, options, token) {
  const name = token.name;
  if (name === '__proto__') return;
  let value;
  if (token.negative) value = false;
  else value = token.value === undefined ? true : token.value;
  if (Object.hasOwn(options, name) && own(options[name], 'multiple')) {
    if (values[name] === undefined) values[name] = [];
    values[name].push(value);
  } else {
    values[name] = value;
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = own(config, 'args') ?? defaultArgs();
  const strict = own(config, 'strict') ?? true;
  const allowPositionals = own(config, 'allowPositionals') ?? !strict;
  const wantTokens = own(config, 'tokens') ?? false;
  const allowNegative = own(config, 'allowNegative') ?? false;
  const options = own(config, 'options') ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(wantTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  checkOptions(options);

  const parser = new Parser(args, options, strict, allowPositionals, allowNegative);
  parser.run();
  const values = { __proto__: null };
  const positionals = [];
  for (const token of parser.tokens) {
    if (strict) checkToken(token, options, allowPositionals);
    if (token.kind === 'positional') {
      if (!strict && !allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      positionals.push(token.value);
    } else if (token.kind === 'option') {
      store(values, options, token);
    }
  }
  for (const name of Object.keys(options)) {
    const fallback = own(options[name], 'default');
    if (fallback !== undefined && values[name] === undefined) values[name] = fallback;
  }
  const result = { values, positionals };
  if (wantTokens) {
    result.tokens = parser.tokens.map((token) => {
      if (token.kind !== 'option') return token;
      // An option token always carries value and inlineValue, undefined
      // when the option took no value.
      return {
        kind: 'option', name: token.name, rawName: token.rawName, index: token.index,
        value: token.value, inlineValue: token.value === undefined ? undefined : token.inlineValue,
      };
    });
  }
  return result;
}

module.exports = { parseArgs };
