package script

import (
	"regexp"
	"testing"
)

var durations = regexp.MustCompile(`\(\d+(\.\d+)?ms\)|duration_ms \d+(\.\d+)?`)

func TestNodeTestRunner(t *testing.T) {
	src := `const { test, describe, it } = require('node:test');
test('ok', () => {});
test('async', async (t) => { await t.test('inner', () => {}); });
test.todo('later');
describe('suite', () => { it('fails', () => { throw new Error('bad'); }); it.skip('skipped'); });
console.log('main');`
	out, code := runScript(t, nil, src)
	got := durations.ReplaceAllString(out, "X")
	want := `main
✔ ok X
▶ async
  ✔ inner X
✔ async X
✔ later X # TODO
▶ suite
  ✖ fails X
  ﹣ skipped X # SKIP
✖ suite X
ℹ tests 6
ℹ suites 1
ℹ pass 3
ℹ fail 1
ℹ cancelled 0
ℹ skipped 1
ℹ todo 1
ℹ X

✖ failing tests:
`
	if len(got) < len(want) || got[:len(want)] != want {
		t.Errorf("got:\n%s\nwant prefix:\n%s", got, want)
	}
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	out, code = runScript(t, nil, `require('node:test')('fine', () => {});`)
	if code != 0 || durations.ReplaceAllString(out, "X") != "✔ fine X\nℹ tests 1\nℹ suites 0\nℹ pass 1\nℹ fail 0\nℹ cancelled 0\nℹ skipped 0\nℹ todo 0\nℹ X\n" {
		t.Errorf("passing run: %q (exit %d)", out, code)
	}
}
