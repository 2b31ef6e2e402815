// Node's ES module resolution: a relative specifier names the file with
// its extension; no directory index; errors with Node's codes and texts.
const dir = new URL('.', import.meta.url).pathname;
async function attempt(spec) {
  try {
    await import(spec);
    console.log(spec, 'loaded');
  } catch (e) {
    console.log(spec, '->', e.name, e.code, String(e.message).split(dir).join('<DIR>/'));
    if (e.url) console.log('  url', e.url.split(dir).join('<DIR>/'));
  }
}
await attempt('./fixtures/esm/nope.mjs');
await attempt('./fixtures/esm/counter');
await attempt('./fixtures/esm');
await attempt('./fixtures/esm/');
await attempt('no-such-package-here');
await attempt('node:no-such-builtin');
await attempt('./fixtures/esm/counter.mjs');
await attempt('./fixtures/esm/missing_import.mjs');
await attempt('./fixtures/esm/missing_export.mjs');
