// Between two reads of one readiness event, Node runs the nextTick queue
// and then the Promise jobs: a job queued by one 'data' listener call has
// run before the next call. The client reads 1 MiB that the server wrote
// at once; it prints one summary line.
const net = require('net');
const total = 1 << 20;
const server = net.createServer((sock) => {
  sock.end(Buffer.alloc(total, 7));
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let got = 0, calls = 0, late = 0, tickLate = 0;
  let jobDone = true, tickDone = true;
  client.on('data', (chunk) => {
    calls++;
    if (!jobDone) late++;
    if (!tickDone) tickLate++;
    got += chunk.length;
    jobDone = false;
    tickDone = false;
    Promise.resolve().then(() => { jobDone = true; });
    process.nextTick(() => { tickDone = true; });
  });
  client.on('end', () => {
    console.log('bytes', got, 'several calls', calls > 1, 'job late', late, 'tick late', tickLate);
    server.close();
  });
});
