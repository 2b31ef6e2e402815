'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const { pipeline } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-fss-'));
const src = path.join(dir, 'src.txt');
const dst = path.join(dir, 'dst.txt');
fs.writeFileSync(src, 'line one\nline two\n'.repeat(5000));
const ws = fs.createWriteStream(path.join(dir, 'w.txt'));
ws.on('open', (fd) => console.log('ws open', typeof fd));
ws.on('ready', () => console.log('ws ready'));
ws.write('hello ');
ws.write(Buffer.from('world'));
ws.end('\n', () => {
  console.log('ws end cb', ws.bytesWritten, JSON.stringify(fs.readFileSync(path.join(dir, 'w.txt'), 'utf8')));
});
ws.on('finish', () => console.log('ws finish'));
ws.on('close', () => {
  console.log('ws close');
  const rs = fs.createReadStream(src, { highWaterMark: 16384 });
  const sizes = [];
  rs.on('open', () => console.log('rs open'));
  rs.on('data', (c) => sizes.push(c.length));
  rs.on('end', () => console.log('rs end', sizes, rs.bytesRead));
  rs.on('close', () => {
    console.log('rs close');
    const part = fs.createReadStream(src, { start: 5, end: 12, encoding: 'utf8' });
    part.on('data', (d) => console.log('part', JSON.stringify(d)));
    part.on('close', () => {
      pipeline(fs.createReadStream(src), fs.createWriteStream(dst), (err) => {
        console.log('pipeline', err, fs.statSync(dst).size === fs.statSync(src).size);
        const bad = fs.createReadStream(path.join(dir, 'missing'));
        bad.on('error', (e) => {
          console.log('error', e.code, e.syscall, e.message.replaceAll(dir, '<tmp>'));
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
