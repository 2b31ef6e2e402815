// An error the engine throws: V8's wording, in a catch and uncaught.
let missing;
try {
  missing.name;
} catch (err) {
  console.log(err instanceof TypeError, err.name);
}
function read(obj) {
  return obj.config.port;
}
read({});
