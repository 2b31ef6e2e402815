package host

import (
	"github.com/evanw/esbuild/pkg/api"
)

// lowerSyntax rewrites src for an older JavaScript (ES2017: async
// generators and for await become generators driven by helpers) with
// esbuild, for the files goja's parser rejects. It also returns the source
// map of the rewritten file (positions in it back to src's).
func lowerSyntax(file, src string) (string, []byte, bool) {
	res := api.Transform(src, api.TransformOptions{
		Sourcefile: file,
		Target:     api.ES2017,
		Format:     api.FormatDefault,
		Loader:     api.LoaderJS,
		Sourcemap:  api.SourceMapExternal,
	})
	if len(res.Errors) > 0 {
		return "", nil, false
	}
	return string(res.Code), res.Map, true
}
