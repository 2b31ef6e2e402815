// FileHandle.chmod and FileHandle.utimes act on the open descriptor
// (fchmod, futimes), and fail as Node's on a closed handle.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fh-'));
  const file = path.join(dir, 'f.txt');
  fs.writeFileSync(file, 'x');
  const fh = await fs.promises.open(file, 'r+');
  await fh.chmod(0o640);
  console.log('mode', (fs.statSync(file).mode & 0o777).toString(8));
  await fh.chmod('600');
  console.log('mode', (fs.statSync(file).mode & 0o777).toString(8));
  await fh.utimes(1000, new Date(2000500));
  const st = fs.statSync(file);
  console.log('times', st.atimeMs, st.mtimeMs);
  try { await fh.chmod('abc'); } catch (e) { console.log(e.code, e.message); }
  await fh.close();
  for (const f of [() => fh.chmod(0o600), () => fh.utimes(1, 1)]) {
    try { await f(); } catch (e) { console.log(e.code, e.syscall, e.message); }
  }
  fs.rmSync(dir, { recursive: true });
})();
