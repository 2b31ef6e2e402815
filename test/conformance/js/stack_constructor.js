// Stack frames of constructors: "new Foo", called from the module's top
// level and from a function.
class Foo {
  constructor() {
    this.err = new Error('made in a constructor');
  }
}
function Bar() {
  this.foo = new Foo();
}
const clean = (s) => s.split('\n').filter((l) => !l.includes('node:')).join('\n').split(__dirname).join('<DIR>');
console.log(clean(new Foo().err.stack));
console.log(clean(new Bar().foo.err.stack));
