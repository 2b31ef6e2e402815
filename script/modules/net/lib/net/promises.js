'use strict';
// node:net/promises (nodenet): promise forms of net.connect and
// server.listen.
//
//   const socket = await connect(port[, host]) / connect(path) / connect(options)
//     resolves with the socket on 'connect'; rejects with the first 'error'
//     (the socket is then destroyed, as the error destroys it).
//   const server = await listen([server, ]port[, host][, backlog]) /
//                  listen([server, ]path) / listen([server, ]options)
//     listens on the given server (or a new net.Server) and resolves with it
//     on 'listening'; rejects with the first 'error'.
//
// Synchronous argument errors are rejections too.

const net = require('net');

// settle returns a promise of value on emitter's okEvent, rejected by its
// 'error', and a function that removes both listeners.
function settle(emitter, okEvent, value) {
  let onOk, onError;
  const cancel = () => {
    emitter.removeListener(okEvent, onOk);
    emitter.removeListener('error', onError);
  };
  const promise = new Promise((resolve, reject) => {
    onOk = () => {
      cancel();
      resolve(value);
    };
    onError = (err) => {
      cancel();
      reject(err);
    };
    emitter.on(okEvent, onOk);
    emitter.on('error', onError);
  });
  return { promise, cancel };
}

function connect(...args) {
  let socket;
  try {
    // A trailing callback belongs to the callback API: drop it.
    if (typeof args[args.length - 1] === 'function') args.pop();
    socket = net.connect(...args);
  } catch (err) {
    return Promise.reject(err);
  }
  return settle(socket, 'connect', socket).promise;
}

function listen(...args) {
  let server;
  if (args[0] instanceof net.Server) {
    server = args.shift();
  } else {
    server = new net.Server();
  }
  if (typeof args[args.length - 1] === 'function') args.pop();
  const { promise, cancel } = settle(server, 'listening', server);
  try {
    server.listen(...args);
  } catch (err) {
    cancel();
    return Promise.reject(err);
  }
  return promise;
}

module.exports = {
  connect,
  listen,
};
