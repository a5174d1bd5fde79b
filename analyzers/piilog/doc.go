// Package piilog defines an Analyzer that reports personal data written to
// logs.
//
// # Analyzer piilog
//
// piilog: report personal data written to logs
//
// The piilog rule enforces policy sentences such as "We do not use IP
// addresses to identify visitors": a value of a data category the policy
// denies (by default user.device.ip_address) must not reach a log sink
// unless a sanitizer has anonymized it on the way.
//
// The data is followed through assignments, conversions, string building,
// struct fields, slices, maps, closures, goroutines and channels, context
// values, and across function and package boundaries. A function in
// another package that logs its parameter is itself a sink: the finding is
// reported once, at the call where the data is first known to be personal,
// with the wrapper chain down to the real log call.
//
// Example:
//
//	func handler(w http.ResponseWriter, r *http.Request) {
//		log.Printf("login from %s", r.RemoteAddr) // finding
//		log.Printf("login from %s", anon.IP(r.RemoteAddr)) // fine: sanitized
//	}
//
// Log sinks: log, log/slog, log/syslog, fmt.Print*, zap, zerolog, logrus,
// klog, glog, hclog, go-kit log, logr, go-pkgz/lgr, apex/log, log15,
// op/go-logging and charmbracelet/log. A write (fmt.Fprint*,
// io.WriteString, Write, WriteString, an encoder's Encode) is a sink when
// its writer is a log writer: os.Stdout, os.Stderr, a file opened as a
// log (its path or the function opening it names a log), or a writer made
// over one (bufio, a JSON encoder). That is decided from how the writer is
// made: in the function, in package variables, in a struct field that
// every store of the package sets to one, or by the constructor that
// built the object, in any package. A home-grown logger that writes what
// it is given to the writer it was built with is a sink at the call that
// gives it personal data, when that logger's writer is a log writer:
//
//	logger := jsonlog.New(os.Stdout, jsonlog.LevelInfo)
//	logger.PrintInfo("failed login", map[string]string{"ip": r.RemoteAddr}) // finding
//	jsonlog.New(w, jsonlog.LevelInfo).PrintInfo("you", map[string]string{"ip": r.RemoteAddr}) // fine: w is the response
//
// An object handed to a logger that takes an interface with methods
// (zapcore.ObjectMarshaler, zerolog.LogObjectMarshaler, apex's Fielder, a
// service's own Contexter), or handed to slog, zap or zerolog when it has
// their marshaling method (LogValue, MarshalLogObject,
// MarshalZerologObject), logs what those methods add, not its other
// fields: the finding names the method in its flow.
//
// Installing an access log known to write the full client IP (gin.Default,
// gin.Logger, echo's middleware.Logger, chi's middleware.Logger, gorilla's
// handlers.LoggingHandler and CombinedLoggingHandler) is a finding at the
// call that installs it.
//
// Hashing an IP does not anonymize it (an IPv4 hash is reversed by trying
// 2^32 addresses). Masking does: (net.IP).Mask, (net/netip.Addr).Prefix,
// (net/netip.Prefix).Masked, and the sanitizers the manifest declares.
//
// Manifest keys ([rules.piilog]):
//
//	enabled  = true                       # default true
//	severity = "error"                    # error | warning | info
//	clause   = "We do not use IP addresses to identify visitors."
//	deny     = ["user.device.ip_address"] # categories that must not be logged
//	sinks    = ["example.com/acme/audit.Record"] # extra log sinks
//	builtins = true                       # false: only the manifest's sinks
//
// and, per category ([data."NAME"]): types, fields, funcs, headers, names,
// tags (what the data looks like) and sanitizers (what cleans it).
//
// To suppress one finding, write on its line or the line above:
//
//	//policylint:ignore piilog reason why this is acceptable
//
// or add an [[exceptions]] entry with rule = "piilog" to the manifest.
package piilog
