package script

import (
	"github.com/evanw/esbuild/pkg/api"
)

// lowerSyntax rewrites src for an older JavaScript (ES2017: async
// generators and for await become generators driven by helpers) with
// esbuild, for the files goja's parser rejects. Line numbers of the
// rewritten file differ from the source's.
func lowerSyntax(file, src string) (string, bool) {
	res := api.Transform(src, api.TransformOptions{
		Sourcefile: file,
		Target:     api.ES2017,
		Format:     api.FormatDefault,
		Loader:     api.LoaderJS,
	})
	if len(res.Errors) > 0 {
		return "", false
	}
	return string(res.Code), true
}
