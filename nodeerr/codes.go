package nodeerr

import (
	"sort"
	"strings"
)

// CodeInfo describes one of Node's error codes: the class of the error and
// the template of its message.
//
// Template holds the message with positional placeholders %1 ... %9 for
// the constructor's arguments (already converted to strings). A part in
// braces ("{ (%1)}") is kept only when every placeholder in it has an
// argument. An empty Template means the message is composed from the
// arguments by code (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ...; see
// Format). For a SystemError code the template is the prefix of the
// message ("A system error occurred").
type CodeInfo struct {
	Class    string
	Template string
}

// codeTable is the single list of Node error codes nodenet raises, from Go
// and from its JavaScript library (internal/errors builds its codes.ERR_*
// classes from it). Classes and texts are Node 26's.
var codeTable = map[string]CodeInfo{
	"ERR_ACCESS_DENIED":                          {NameError, "%1"},
	"ERR_AMBIGUOUS_ARGUMENT":                     {NameTypeError, "The \"%1\" argument is ambiguous. %2"},
	"ERR_ARG_NOT_ITERABLE":                       {NameTypeError, "%1 must be iterable"},
	"ERR_ASSERTION":                              {NameError, "%1"},
	"ERR_BUFFER_OUT_OF_BOUNDS":                   {NameRangeError, ""},
	"ERR_CHILD_PROCESS_STDIO_MAXBUFFER":          {NameRangeError, "%1 maxBuffer length exceeded"},
	"ERR_CONSOLE_WRITABLE_STREAM":                {NameTypeError, "Console expects a writable stream instance for %1"},
	"ERR_CONSTRUCT_CALL_REQUIRED":                {NameTypeError, "Class constructor %1 cannot be invoked without `new`"},
	"ERR_DIR_CLOSED":                             {NameError, "Directory handle was closed"},
	"ERR_DLOPEN_DISABLED":                        {NameError, "Cannot load native addon because loading addons is disabled."},
	"ERR_DNS_SET_SERVERS_FAILED":                 {NameError, "c-ares failed to set servers: \"%1\" [%2]"},
	"ERR_ENCODING_INVALID_ENCODED_DATA":          {NameTypeError, "The encoded data was not valid for encoding %1"},
	"ERR_ENCODING_NOT_SUPPORTED":                 {NameRangeError, "The \"%1\" encoding is not supported"},
	"ERR_EVAL_ESM_CANNOT_PRINT":                  {NameError, "--print cannot be used with ESM input"},
	"ERR_EVENT_RECURSION":                        {NameError, "The event \"%1\" is already being dispatched"},
	"ERR_FALSY_VALUE_REJECTION":                  {NameError, "Promise was rejected with falsy value"},
	"ERR_FEATURE_UNAVAILABLE_ON_PLATFORM":        {NameTypeError, "The feature %1 is unavailable on the current platform, which is being used to run Node.js"},
	"ERR_FS_CP_EINVAL":                           {NameSystemError, "Invalid src or dest"},
	"ERR_FS_EISDIR":                              {NameSystemError, "Path is a directory"},
	"ERR_FS_FILE_TOO_LARGE":                      {NameRangeError, "File size (%1) is greater than 2 GiB"},
	"ERR_HTTP_HEADERS_SENT":                      {NameError, "Cannot %1 headers after they are sent to the client"},
	"ERR_ILLEGAL_CONSTRUCTOR":                    {NameTypeError, "Illegal constructor"},
	"ERR_INCOMPATIBLE_OPTION_PAIR":               {NameTypeError, "Option \"%1\" cannot be used in combination with option \"%2\""},
	"ERR_INSPECTOR_NOT_AVAILABLE":                {NameError, "Inspector is not available"},
	"ERR_INTERNAL_ASSERTION":                     {NameError, "%1\nThis is caused by either a bug in Node.js or incorrect usage of Node.js internals.\nPlease open an issue with this stack trace at https://github.com/nodejs/node/issues\n"},
	"ERR_INVALID_ADDRESS":                        {NameError, "Invalid socket address"},
	"ERR_INVALID_ADDRESS_FAMILY":                 {NameRangeError, "Invalid address family: %1 %2:%3"},
	"ERR_INVALID_ARG_TYPE":                       {NameTypeError, ""},
	"ERR_INVALID_ARG_VALUE":                      {NameTypeError, ""},
	"ERR_INVALID_ASYNC_ID":                       {NameRangeError, "Invalid %1 value: %2"},
	"ERR_INVALID_BUFFER_SIZE":                    {NameRangeError, "Buffer size must be a multiple of %1"},
	"ERR_INVALID_CHAR":                           {NameTypeError, "Invalid character in %1{ [\"%2\"]}"},
	"ERR_INVALID_CURSOR_POS":                     {NameTypeError, "Cannot set cursor row without setting its column"},
	"ERR_INVALID_FD_TYPE":                        {NameTypeError, "Unsupported fd type: %1"},
	"ERR_INVALID_FILE_URL_HOST":                  {NameTypeError, "File URL host must be \"localhost\" or empty on %1"},
	"ERR_INVALID_FILE_URL_PATH":                  {NameTypeError, "File URL path %1"},
	"ERR_INVALID_HANDLE_TYPE":                    {NameTypeError, "This handle type cannot be sent"},
	"ERR_INVALID_HTTP_TOKEN":                     {NameTypeError, "%1 must be a valid HTTP token [\"%2\"]"},
	"ERR_INVALID_IP_ADDRESS":                     {NameTypeError, "Invalid IP address: %1"},
	"ERR_INVALID_MIME_SYNTAX":                    {NameTypeError, "The MIME syntax for a %1 in \"%2\" is invalid{ at %3}"},
	"ERR_INVALID_RETURN_VALUE":                   {NameTypeError, "Expected %1 to be returned from the \"%2\" function but got %3."},
	"ERR_INVALID_STATE":                          {NameError, "Invalid state: %1"},
	"ERR_INVALID_THIS":                           {NameTypeError, "Value of \"this\" must be of type %1"},
	"ERR_INVALID_TUPLE":                          {NameTypeError, "%1 must be an iterable %2 tuple"},
	"ERR_INVALID_URI":                            {"URIError", "URI malformed"},
	"ERR_INVALID_URL":                            {NameTypeError, "Invalid URL"},
	"ERR_INVALID_URL_SCHEME":                     {NameTypeError, "The URL must be of scheme %1"},
	"ERR_IP_BLOCKED":                             {NameError, "IP(%1) is blocked by net.BlockList"},
	"ERR_METHOD_NOT_IMPLEMENTED":                 {NameError, "The %1 method is not implemented"},
	"ERR_MISSING_ARGS":                           {NameTypeError, ""},
	"ERR_MISSING_OPTION":                         {NameTypeError, "%1 is required"},
	"ERR_MULTIPLE_CALLBACK":                      {NameError, "Callback called multiple times"},
	"ERR_NO_CRYPTO":                              {NameError, "Node.js is not compiled with OpenSSL crypto support"},
	"ERR_NO_ICU":                                 {NameTypeError, "%1 is not supported on Node.js compiled without ICU"},
	"ERR_NO_TEMPORAL":                            {NameError, "Temporal is not supported in this environment"},
	"ERR_NO_TYPESCRIPT":                          {NameError, "Node.js is not compiled with TypeScript support"},
	"ERR_OPERATION_FAILED":                       {NameError, "Operation failed: %1"},
	"ERR_OUT_OF_RANGE":                           {NameRangeError, ""},
	"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":        {NameTypeError, "%1"},
	"ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":       {NameTypeError, "Unexpected argument '%1'. This command does not take positional arguments"},
	"ERR_PARSE_ARGS_UNKNOWN_OPTION":              {NameTypeError, "Unknown option '%1'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"%1\""},
	"ERR_PERFORMANCE_INVALID_TIMESTAMP":          {NameTypeError, "%1 is not a valid timestamp"},
	"ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS":    {NameTypeError, "%1"},
	"ERR_SCRIPT_CPU_BUDGET":                      {NameError, "Script callback exceeded its CPU budget of %1"},
	"ERR_SERVER_ALREADY_LISTEN":                  {NameError, "Listen method has been called more than once without closing."},
	"ERR_SERVER_NOT_RUNNING":                     {NameError, "Server is not running."},
	"ERR_SOCKET_ALREADY_BOUND":                   {NameError, "Socket is already bound"},
	"ERR_SOCKET_BAD_PORT":                        {NameRangeError, "%1 should be %2 0 and < 65536. Received %3."},
	"ERR_SOCKET_BAD_TYPE":                        {NameTypeError, "Bad socket type specified. Valid types are: udp4, udp6"},
	"ERR_SOCKET_CLOSED":                          {NameError, "Socket is closed"},
	"ERR_SOCKET_CLOSED_BEFORE_CONNECTION":        {NameError, "Socket closed before the connection was established"},
	"ERR_SOCKET_CONNECTION_TIMEOUT":              {NameError, "Socket connection timeout"},
	"ERR_SOCKET_DGRAM_IS_CONNECTED":              {NameError, "Already connected"},
	"ERR_SOCKET_DGRAM_NOT_CONNECTED":             {NameError, "Not connected"},
	"ERR_SOCKET_DGRAM_NOT_RUNNING":               {NameError, "Not running"},
	"ERR_SOCKET_HANDLE_ADOPTED":                  {NameError, "The bound socket has already been adopted by a server or socket"},
	"ERR_STREAM_ALREADY_FINISHED":                {NameError, "Cannot call %1 after a stream was finished"},
	"ERR_STREAM_CANNOT_PIPE":                     {NameError, "Cannot pipe, not readable"},
	"ERR_STREAM_DESTROYED":                       {NameError, "Cannot call %1 after a stream was destroyed"},
	"ERR_STREAM_ITER_MISSING_FLAG":               {NameTypeError, "The stream/iter API requires the --experimental-stream-iter flag"},
	"ERR_STREAM_NULL_VALUES":                     {NameTypeError, "May not write null values to stream"},
	"ERR_STREAM_PREMATURE_CLOSE":                 {NameError, "Premature close"},
	"ERR_STREAM_PUSH_AFTER_EOF":                  {NameError, "stream.push() after EOF"},
	"ERR_STREAM_UNABLE_TO_PIPE":                  {NameError, "Cannot pipe to a closed or destroyed stream"},
	"ERR_STREAM_UNSHIFT_AFTER_END_EVENT":         {NameError, "stream.unshift() after end event"},
	"ERR_STREAM_WRAP":                            {NameError, "Stream has StringDecoder set or is in objectMode"},
	"ERR_STREAM_WRITE_AFTER_END":                 {NameError, "write after end"},
	"ERR_SYSTEM_ERROR":                           {NameSystemError, "A system error occurred"},
	"ERR_THROTTLED":                              {NameError, "The call was dropped by the throttled function"},
	"ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET": {NameError, "`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active"},
	"ERR_UNHANDLED_ERROR":                        {NameError, "Unhandled error.{ (%1)}"},
	"ERR_UNKNOWN_BUILTIN_MODULE":                 {NameError, "No such built-in module: %1"},
	"ERR_UNKNOWN_ENCODING":                       {NameTypeError, "Unknown encoding: %1"},
	"ERR_UNKNOWN_SIGNAL":                         {NameTypeError, "Unknown signal: %1"},
	"ERR_USE_AFTER_CLOSE":                        {NameError, "%1 was closed"},
	"ERR_VM_MODULE_NOT_MODULE":                   {NameError, "Provided module is not an instance of Module"},
	"ERR_WEBASSEMBLY_NOT_SUPPORTED":              {NameError, "WebAssembly is not supported in this environment, but is required for %1"},
	"ERR_WORKER_INIT_FAILED":                     {NameError, "Worker initialization failure: %1"},
	"ERR_WORKER_NOT_RUNNING":                     {NameError, "Worker instance not running"},
	"ERR_WORKER_OUT_OF_MEMORY":                   {NameError, "Worker terminated due to reaching memory limit: %1"},
	"ERR_WORKER_PATH":                            {NameTypeError, "The worker script or module filename must be an absolute path or a relative path starting with './' or '../'. Received \"%1\""},
	"ERR_WORKER_UNSERIALIZABLE_ERROR":            {NameError, "Serializing an uncaught exception failed"},
}

// Lookup returns the class and message template of code.
func Lookup(code string) (CodeInfo, bool) {
	c, ok := codeTable[code]
	return c, ok
}

// CodeNames returns every code of the table, sorted.
func CodeNames() []string {
	names := make([]string, 0, len(codeTable))
	for k := range codeTable {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// Format returns the message of code for the given arguments, already
// converted to strings. ERR_PARSE_ARGS_UNKNOWN_OPTION takes a second
// argument, empty when positionals are not allowed (the short message). Codes whose message is composed from typed values
// (ERR_INVALID_ARG_TYPE and the like) have their own constructors
// (InvalidArgType, OutOfRange, ...); Format returns "" for them.
func Format(code string, args ...string) string {
	if code == "ERR_BUFFER_OUT_OF_BOUNDS" {
		if len(args) > 0 && args[0] != "" {
			return `"` + args[0] + `" is outside of buffer bounds`
		}
		return "Attempt to access memory outside buffer bounds"
	}
	if code == "ERR_PARSE_ARGS_UNKNOWN_OPTION" && len(args) > 1 && args[1] == "" {
		// Without allowPositionals the hint about "--" is left out.
		return "Unknown option '" + args[0] + "'"
	}
	c, ok := codeTable[code]
	if !ok {
		return ""
	}
	return expand(c.Template, args)
}

// expand substitutes the placeholders of a template (see CodeInfo).
func expand(tpl string, args []string) string {
	if strings.IndexByte(tpl, '%') < 0 && strings.IndexByte(tpl, '{') < 0 {
		return tpl
	}
	var b strings.Builder
	for i := 0; i < len(tpl); i++ {
		ch := tpl[i]
		switch {
		case ch == '{':
			end := strings.IndexByte(tpl[i:], '}')
			if end < 0 {
				b.WriteString(tpl[i:])
				return b.String()
			}
			part := tpl[i+1 : i+end]
			if allArgs(part, args) {
				b.WriteString(expand(part, args))
			}
			i += end
		case ch == '%' && i+1 < len(tpl) && tpl[i+1] >= '1' && tpl[i+1] <= '9':
			n := int(tpl[i+1] - '1')
			if n < len(args) {
				b.WriteString(args[n])
			} else {
				b.WriteString("undefined")
			}
			i++
		default:
			b.WriteByte(ch)
		}
	}
	return b.String()
}

// allArgs reports whether every placeholder of part has an argument.
func allArgs(part string, args []string) bool {
	for i := 0; i+1 < len(part); i++ {
		if part[i] == '%' && part[i+1] >= '1' && part[i+1] <= '9' && int(part[i+1]-'1') >= len(args) {
			return false
		}
	}
	return true
}

// Coded returns the error of a table code with its message for args:
// Coded("ERR_SOCKET_CLOSED") is Node's "Socket is closed" Error.
func Coded(code string, args ...string) *Error {
	c, ok := codeTable[code]
	name := NameError
	if ok {
		name = c.Class
	}
	return &Error{Name: name, Code: code, Message: Format(code, args...)}
}

// MissingArgs is Node's ERR_MISSING_ARGS message: each entry of names is a
// list of alternatives ("a" or "b").
// MissingArgs([][]string{{"a"}, {"b"}}) is
// `The "a" and "b" arguments must be specified`.
func MissingArgs(names [][]string) string {
	parts := make([]string, len(names))
	for i, alts := range names {
		q := make([]string, len(alts))
		for j, a := range alts {
			q[j] = `"` + a + `"`
		}
		parts[i] = strings.Join(q, " or ")
	}
	var list string
	switch len(parts) {
	case 0:
	case 1:
		list = parts[0]
	case 2:
		list = parts[0] + " and " + parts[1]
	default:
		list = strings.Join(parts[:len(parts)-1], ", ") + ", and " + parts[len(parts)-1]
	}
	noun := "argument"
	if len(parts) > 1 {
		noun = "arguments"
	}
	return "The " + list + " " + noun + " must be specified"
}
