package rules

// The built-in catalogue of log sinks and access-log middleware. Entries
// are in types.Func.FullName notation, exactly as go/types prints the
// function that a call resolves to:
//
//   - a method is named by the type that declares it, so a call through an
//     embedding interface or struct resolves to the embedded type's method
//     (logrus.FieldLogger.Info is "(github.com/sirupsen/logrus.InfoLogger).Info");
//   - the receiver is "(*T)" or "(T)" as declared: zerolog's Logger has both
//     (With, Output, Write take a value; Info, Print take a pointer);
//   - a type alias is invisible: klog.Logger is logr.Logger, zap.Field is
//     zapcore.Field.
//
// builtin_log_test.go resolves every entry against the signature stubs in
// analyzers/piilog/testdata/src, so a misspelt entry fails the build
// instead of silently matching nothing.
//
// Only the calls that write a record are sinks. The calls that return a
// logger, an entry or an event carrying extra fields (slog's With, zap's
// With and field constructors, logrus's WithField, zerolog's With and
// Event.Str, hclog's With, go-kit's log.With, logr's WithValues, apex's
// WithField, log15's New, charmbracelet's With) propagate
// their arguments to the value they return; the record is written, and
// reported, at the terminal call.

// BuiltinLogSinks are the functions and methods that write a log record.
// Every argument (and the receiver) of a call reaches the log.
//
// fmt.Fprint, fmt.Fprintf and fmt.Fprintln are deliberately absent: they
// are sinks only when the writer is os.Stdout or os.Stderr, which the
// engine decides at the call.
var BuiltinLogSinks = []string{
	// fmt: standard output is the log of most containerised services.
	"fmt.Print",
	"fmt.Printf",
	"fmt.Println",

	// log
	"log.Print",
	"log.Printf",
	"log.Println",
	"log.Fatal",
	"log.Fatalf",
	"log.Fatalln",
	"log.Panic",
	"log.Panicf",
	"log.Panicln",
	"log.Output",
	"(*log.Logger).Print",
	"(*log.Logger).Printf",
	"(*log.Logger).Println",
	"(*log.Logger).Fatal",
	"(*log.Logger).Fatalf",
	"(*log.Logger).Fatalln",
	"(*log.Logger).Panic",
	"(*log.Logger).Panicf",
	"(*log.Logger).Panicln",
	"(*log.Logger).Output",

	// log/syslog: the methods that send a message at a severity.
	"(*log/syslog.Writer).Emerg",
	"(*log/syslog.Writer).Alert",
	"(*log/syslog.Writer).Crit",
	"(*log/syslog.Writer).Err",
	"(*log/syslog.Writer).Warning",
	"(*log/syslog.Writer).Notice",
	"(*log/syslog.Writer).Info",
	"(*log/syslog.Writer).Debug",

	// log/slog
	"log/slog.Debug",
	"log/slog.DebugContext",
	"log/slog.Info",
	"log/slog.InfoContext",
	"log/slog.Warn",
	"log/slog.WarnContext",
	"log/slog.Error",
	"log/slog.ErrorContext",
	"log/slog.Log",
	"log/slog.LogAttrs",
	"(*log/slog.Logger).Debug",
	"(*log/slog.Logger).DebugContext",
	"(*log/slog.Logger).Info",
	"(*log/slog.Logger).InfoContext",
	"(*log/slog.Logger).Warn",
	"(*log/slog.Logger).WarnContext",
	"(*log/slog.Logger).Error",
	"(*log/slog.Logger).ErrorContext",
	"(*log/slog.Logger).Log",
	"(*log/slog.Logger).LogAttrs",

	// go.uber.org/zap. Check returns a *zapcore.CheckedEntry whose Write
	// takes the fields: if ce := l.Check(lvl, msg); ce != nil { ce.Write(...) }.
	"(*go.uber.org/zap.Logger).Debug",
	"(*go.uber.org/zap.Logger).Info",
	"(*go.uber.org/zap.Logger).Warn",
	"(*go.uber.org/zap.Logger).Error",
	"(*go.uber.org/zap.Logger).DPanic",
	"(*go.uber.org/zap.Logger).Panic",
	"(*go.uber.org/zap.Logger).Fatal",
	"(*go.uber.org/zap.Logger).Log",
	"(*go.uber.org/zap/zapcore.CheckedEntry).Write",
	"(*go.uber.org/zap.SugaredLogger).Debug",
	"(*go.uber.org/zap.SugaredLogger).Info",
	"(*go.uber.org/zap.SugaredLogger).Warn",
	"(*go.uber.org/zap.SugaredLogger).Error",
	"(*go.uber.org/zap.SugaredLogger).DPanic",
	"(*go.uber.org/zap.SugaredLogger).Panic",
	"(*go.uber.org/zap.SugaredLogger).Fatal",
	"(*go.uber.org/zap.SugaredLogger).Log",
	"(*go.uber.org/zap.SugaredLogger).Debugf",
	"(*go.uber.org/zap.SugaredLogger).Infof",
	"(*go.uber.org/zap.SugaredLogger).Warnf",
	"(*go.uber.org/zap.SugaredLogger).Errorf",
	"(*go.uber.org/zap.SugaredLogger).DPanicf",
	"(*go.uber.org/zap.SugaredLogger).Panicf",
	"(*go.uber.org/zap.SugaredLogger).Fatalf",
	"(*go.uber.org/zap.SugaredLogger).Logf",
	"(*go.uber.org/zap.SugaredLogger).Debugw",
	"(*go.uber.org/zap.SugaredLogger).Infow",
	"(*go.uber.org/zap.SugaredLogger).Warnw",
	"(*go.uber.org/zap.SugaredLogger).Errorw",
	"(*go.uber.org/zap.SugaredLogger).DPanicw",
	"(*go.uber.org/zap.SugaredLogger).Panicw",
	"(*go.uber.org/zap.SugaredLogger).Fatalw",
	"(*go.uber.org/zap.SugaredLogger).Logw",
	"(*go.uber.org/zap.SugaredLogger).Debugln",
	"(*go.uber.org/zap.SugaredLogger).Infoln",
	"(*go.uber.org/zap.SugaredLogger).Warnln",
	"(*go.uber.org/zap.SugaredLogger).Errorln",
	"(*go.uber.org/zap.SugaredLogger).DPanicln",
	"(*go.uber.org/zap.SugaredLogger).Panicln",
	"(*go.uber.org/zap.SugaredLogger).Fatalln",
	"(*go.uber.org/zap.SugaredLogger).Logln",

	// github.com/rs/zerolog. Logger.Info() and friends return an *Event;
	// the Event's field methods return the same *Event, and the record is
	// written by Msg, Msgf, MsgFunc or Send. Logger.Print* write directly,
	// and Logger.Write (value receiver) writes its bytes as a record.
	"(*github.com/rs/zerolog.Event).Msg",
	"(*github.com/rs/zerolog.Event).Msgf",
	"(*github.com/rs/zerolog.Event).MsgFunc",
	"(*github.com/rs/zerolog.Event).Send",
	"(*github.com/rs/zerolog.Logger).Print",
	"(*github.com/rs/zerolog.Logger).Printf",
	"(*github.com/rs/zerolog.Logger).Println",
	"(github.com/rs/zerolog.Logger).Write",
	"github.com/rs/zerolog/log.Print",
	"github.com/rs/zerolog/log.Printf",

	// github.com/sirupsen/logrus: package functions, *Entry (what
	// WithField and friends return) and *Logger. Only the package and
	// *Logger have the *Fn variants, which log the results of a func.
	"github.com/sirupsen/logrus.Trace",
	"github.com/sirupsen/logrus.Tracef",
	"github.com/sirupsen/logrus.Traceln",
	"github.com/sirupsen/logrus.TraceFn",
	"github.com/sirupsen/logrus.Debug",
	"github.com/sirupsen/logrus.Debugf",
	"github.com/sirupsen/logrus.Debugln",
	"github.com/sirupsen/logrus.DebugFn",
	"github.com/sirupsen/logrus.Info",
	"github.com/sirupsen/logrus.Infof",
	"github.com/sirupsen/logrus.Infoln",
	"github.com/sirupsen/logrus.InfoFn",
	"github.com/sirupsen/logrus.Print",
	"github.com/sirupsen/logrus.Printf",
	"github.com/sirupsen/logrus.Println",
	"github.com/sirupsen/logrus.PrintFn",
	"github.com/sirupsen/logrus.Warn",
	"github.com/sirupsen/logrus.Warnf",
	"github.com/sirupsen/logrus.Warnln",
	"github.com/sirupsen/logrus.WarnFn",
	"github.com/sirupsen/logrus.Warning",
	"github.com/sirupsen/logrus.Warningf",
	"github.com/sirupsen/logrus.Warningln",
	"github.com/sirupsen/logrus.WarningFn",
	"github.com/sirupsen/logrus.Error",
	"github.com/sirupsen/logrus.Errorf",
	"github.com/sirupsen/logrus.Errorln",
	"github.com/sirupsen/logrus.ErrorFn",
	"github.com/sirupsen/logrus.Fatal",
	"github.com/sirupsen/logrus.Fatalf",
	"github.com/sirupsen/logrus.Fatalln",
	"github.com/sirupsen/logrus.FatalFn",
	"github.com/sirupsen/logrus.Panic",
	"github.com/sirupsen/logrus.Panicf",
	"github.com/sirupsen/logrus.Panicln",
	"github.com/sirupsen/logrus.PanicFn",
	"(*github.com/sirupsen/logrus.Entry).Log",
	"(*github.com/sirupsen/logrus.Entry).Logf",
	"(*github.com/sirupsen/logrus.Entry).Logln",
	"(*github.com/sirupsen/logrus.Entry).Trace",
	"(*github.com/sirupsen/logrus.Entry).Tracef",
	"(*github.com/sirupsen/logrus.Entry).Traceln",
	"(*github.com/sirupsen/logrus.Entry).Debug",
	"(*github.com/sirupsen/logrus.Entry).Debugf",
	"(*github.com/sirupsen/logrus.Entry).Debugln",
	"(*github.com/sirupsen/logrus.Entry).Info",
	"(*github.com/sirupsen/logrus.Entry).Infof",
	"(*github.com/sirupsen/logrus.Entry).Infoln",
	"(*github.com/sirupsen/logrus.Entry).Print",
	"(*github.com/sirupsen/logrus.Entry).Printf",
	"(*github.com/sirupsen/logrus.Entry).Println",
	"(*github.com/sirupsen/logrus.Entry).Warn",
	"(*github.com/sirupsen/logrus.Entry).Warnf",
	"(*github.com/sirupsen/logrus.Entry).Warnln",
	"(*github.com/sirupsen/logrus.Entry).Warning",
	"(*github.com/sirupsen/logrus.Entry).Warningf",
	"(*github.com/sirupsen/logrus.Entry).Warningln",
	"(*github.com/sirupsen/logrus.Entry).Error",
	"(*github.com/sirupsen/logrus.Entry).Errorf",
	"(*github.com/sirupsen/logrus.Entry).Errorln",
	"(*github.com/sirupsen/logrus.Entry).Fatal",
	"(*github.com/sirupsen/logrus.Entry).Fatalf",
	"(*github.com/sirupsen/logrus.Entry).Fatalln",
	"(*github.com/sirupsen/logrus.Entry).Panic",
	"(*github.com/sirupsen/logrus.Entry).Panicf",
	"(*github.com/sirupsen/logrus.Entry).Panicln",
	"(*github.com/sirupsen/logrus.Logger).Log",
	"(*github.com/sirupsen/logrus.Logger).Logf",
	"(*github.com/sirupsen/logrus.Logger).Logln",
	"(*github.com/sirupsen/logrus.Logger).LogFn",
	"(*github.com/sirupsen/logrus.Logger).Trace",
	"(*github.com/sirupsen/logrus.Logger).Tracef",
	"(*github.com/sirupsen/logrus.Logger).Traceln",
	"(*github.com/sirupsen/logrus.Logger).TraceFn",
	"(*github.com/sirupsen/logrus.Logger).Debug",
	"(*github.com/sirupsen/logrus.Logger).Debugf",
	"(*github.com/sirupsen/logrus.Logger).Debugln",
	"(*github.com/sirupsen/logrus.Logger).DebugFn",
	"(*github.com/sirupsen/logrus.Logger).Info",
	"(*github.com/sirupsen/logrus.Logger).Infof",
	"(*github.com/sirupsen/logrus.Logger).Infoln",
	"(*github.com/sirupsen/logrus.Logger).InfoFn",
	"(*github.com/sirupsen/logrus.Logger).Print",
	"(*github.com/sirupsen/logrus.Logger).Printf",
	"(*github.com/sirupsen/logrus.Logger).Println",
	"(*github.com/sirupsen/logrus.Logger).PrintFn",
	"(*github.com/sirupsen/logrus.Logger).Warn",
	"(*github.com/sirupsen/logrus.Logger).Warnf",
	"(*github.com/sirupsen/logrus.Logger).Warnln",
	"(*github.com/sirupsen/logrus.Logger).WarnFn",
	"(*github.com/sirupsen/logrus.Logger).Warning",
	"(*github.com/sirupsen/logrus.Logger).Warningf",
	"(*github.com/sirupsen/logrus.Logger).Warningln",
	"(*github.com/sirupsen/logrus.Logger).WarningFn",
	"(*github.com/sirupsen/logrus.Logger).Error",
	"(*github.com/sirupsen/logrus.Logger).Errorf",
	"(*github.com/sirupsen/logrus.Logger).Errorln",
	"(*github.com/sirupsen/logrus.Logger).ErrorFn",
	"(*github.com/sirupsen/logrus.Logger).Fatal",
	"(*github.com/sirupsen/logrus.Logger).Fatalf",
	"(*github.com/sirupsen/logrus.Logger).Fatalln",
	"(*github.com/sirupsen/logrus.Logger).FatalFn",
	"(*github.com/sirupsen/logrus.Logger).Panic",
	"(*github.com/sirupsen/logrus.Logger).Panicf",
	"(*github.com/sirupsen/logrus.Logger).Panicln",
	"(*github.com/sirupsen/logrus.Logger).PanicFn",
	// Calls through logrus's interfaces (FieldLogger, Ext1FieldLogger,
	// StdLogger) resolve to the small interface that declares the method.
	"(github.com/sirupsen/logrus.StdLogger).Print",
	"(github.com/sirupsen/logrus.StdLogger).Printf",
	"(github.com/sirupsen/logrus.StdLogger).Println",
	"(github.com/sirupsen/logrus.StdLogger).Fatal",
	"(github.com/sirupsen/logrus.StdLogger).Fatalf",
	"(github.com/sirupsen/logrus.StdLogger).Fatalln",
	"(github.com/sirupsen/logrus.StdLogger).Panic",
	"(github.com/sirupsen/logrus.StdLogger).Panicf",
	"(github.com/sirupsen/logrus.StdLogger).Panicln",
	"(github.com/sirupsen/logrus.TraceLogger).Trace",
	"(github.com/sirupsen/logrus.TraceLogger).Tracef",
	"(github.com/sirupsen/logrus.TraceLogger).Traceln",
	"(github.com/sirupsen/logrus.DebugLogger).Debug",
	"(github.com/sirupsen/logrus.DebugLogger).Debugf",
	"(github.com/sirupsen/logrus.DebugLogger).Debugln",
	"(github.com/sirupsen/logrus.InfoLogger).Info",
	"(github.com/sirupsen/logrus.InfoLogger).Infof",
	"(github.com/sirupsen/logrus.InfoLogger).Infoln",
	"(github.com/sirupsen/logrus.WarnLogger).Warn",
	"(github.com/sirupsen/logrus.WarnLogger).Warnf",
	"(github.com/sirupsen/logrus.WarnLogger).Warnln",
	"(github.com/sirupsen/logrus.ErrorLogger).Error",
	"(github.com/sirupsen/logrus.ErrorLogger).Errorf",
	"(github.com/sirupsen/logrus.ErrorLogger).Errorln",
	"(github.com/sirupsen/logrus.FieldLogger).Warning",
	"(github.com/sirupsen/logrus.FieldLogger).Warningf",
	"(github.com/sirupsen/logrus.FieldLogger).Warningln",

	// k8s.io/klog/v2. klog.Logger, FromContext and Background are
	// logr.Logger: those calls resolve to the logr entries below.
	"k8s.io/klog/v2.Info",
	"k8s.io/klog/v2.InfoDepth",
	"k8s.io/klog/v2.Infof",
	"k8s.io/klog/v2.InfofDepth",
	"k8s.io/klog/v2.Infoln",
	"k8s.io/klog/v2.InfolnDepth",
	"k8s.io/klog/v2.InfoS",
	"k8s.io/klog/v2.InfoSDepth",
	"k8s.io/klog/v2.Warning",
	"k8s.io/klog/v2.WarningDepth",
	"k8s.io/klog/v2.Warningf",
	"k8s.io/klog/v2.WarningfDepth",
	"k8s.io/klog/v2.Warningln",
	"k8s.io/klog/v2.WarninglnDepth",
	"k8s.io/klog/v2.Error",
	"k8s.io/klog/v2.ErrorDepth",
	"k8s.io/klog/v2.Errorf",
	"k8s.io/klog/v2.ErrorfDepth",
	"k8s.io/klog/v2.Errorln",
	"k8s.io/klog/v2.ErrorlnDepth",
	"k8s.io/klog/v2.ErrorS",
	"k8s.io/klog/v2.ErrorSDepth",
	"k8s.io/klog/v2.Fatal",
	"k8s.io/klog/v2.FatalDepth",
	"k8s.io/klog/v2.Fatalf",
	"k8s.io/klog/v2.FatalfDepth",
	"k8s.io/klog/v2.Fatalln",
	"k8s.io/klog/v2.FatallnDepth",
	"k8s.io/klog/v2.Exit",
	"k8s.io/klog/v2.ExitDepth",
	"k8s.io/klog/v2.Exitf",
	"k8s.io/klog/v2.ExitfDepth",
	"k8s.io/klog/v2.Exitln",
	"k8s.io/klog/v2.ExitlnDepth",
	"(k8s.io/klog/v2.Verbose).Info",
	"(k8s.io/klog/v2.Verbose).InfoDepth",
	"(k8s.io/klog/v2.Verbose).Infof",
	"(k8s.io/klog/v2.Verbose).InfofDepth",
	"(k8s.io/klog/v2.Verbose).Infoln",
	"(k8s.io/klog/v2.Verbose).InfolnDepth",
	"(k8s.io/klog/v2.Verbose).InfoS",
	"(k8s.io/klog/v2.Verbose).InfoSDepth",
	"(k8s.io/klog/v2.Verbose).Error",
	"(k8s.io/klog/v2.Verbose).ErrorS",

	// github.com/golang/glog
	"github.com/golang/glog.Info",
	"github.com/golang/glog.InfoContext",
	"github.com/golang/glog.InfoContextDepth",
	"github.com/golang/glog.InfoContextDepthf",
	"github.com/golang/glog.InfoContextf",
	"github.com/golang/glog.InfoDepth",
	"github.com/golang/glog.InfoDepthf",
	"github.com/golang/glog.Infof",
	"github.com/golang/glog.Infoln",
	"github.com/golang/glog.Warning",
	"github.com/golang/glog.WarningContext",
	"github.com/golang/glog.WarningContextDepth",
	"github.com/golang/glog.WarningContextDepthf",
	"github.com/golang/glog.WarningContextf",
	"github.com/golang/glog.WarningDepth",
	"github.com/golang/glog.WarningDepthf",
	"github.com/golang/glog.Warningf",
	"github.com/golang/glog.Warningln",
	"github.com/golang/glog.Error",
	"github.com/golang/glog.ErrorContext",
	"github.com/golang/glog.ErrorContextDepth",
	"github.com/golang/glog.ErrorContextDepthf",
	"github.com/golang/glog.ErrorContextf",
	"github.com/golang/glog.ErrorDepth",
	"github.com/golang/glog.ErrorDepthf",
	"github.com/golang/glog.Errorf",
	"github.com/golang/glog.Errorln",
	"github.com/golang/glog.Fatal",
	"github.com/golang/glog.FatalContext",
	"github.com/golang/glog.FatalContextDepth",
	"github.com/golang/glog.FatalContextDepthf",
	"github.com/golang/glog.FatalContextf",
	"github.com/golang/glog.FatalDepth",
	"github.com/golang/glog.FatalDepthf",
	"github.com/golang/glog.Fatalf",
	"github.com/golang/glog.Fatalln",
	"github.com/golang/glog.Exit",
	"github.com/golang/glog.ExitContext",
	"github.com/golang/glog.ExitContextDepth",
	"github.com/golang/glog.ExitContextDepthf",
	"github.com/golang/glog.ExitContextf",
	"github.com/golang/glog.ExitDepth",
	"github.com/golang/glog.ExitDepthf",
	"github.com/golang/glog.Exitf",
	"github.com/golang/glog.Exitln",
	"(github.com/golang/glog.Verbose).Info",
	"(github.com/golang/glog.Verbose).InfoContext",
	"(github.com/golang/glog.Verbose).InfoContextDepth",
	"(github.com/golang/glog.Verbose).InfoContextDepthf",
	"(github.com/golang/glog.Verbose).InfoContextf",
	"(github.com/golang/glog.Verbose).InfoDepth",
	"(github.com/golang/glog.Verbose).InfoDepthf",
	"(github.com/golang/glog.Verbose).Infof",
	"(github.com/golang/glog.Verbose).Infoln",

	// github.com/hashicorp/go-hclog: Logger is an interface; calls through
	// InterceptLogger resolve here too.
	"(github.com/hashicorp/go-hclog.Logger).Trace",
	"(github.com/hashicorp/go-hclog.Logger).Debug",
	"(github.com/hashicorp/go-hclog.Logger).Info",
	"(github.com/hashicorp/go-hclog.Logger).Warn",
	"(github.com/hashicorp/go-hclog.Logger).Error",
	"(github.com/hashicorp/go-hclog.Logger).Log",

	// github.com/go-kit/log: level.Info(l) and friends return a log.Logger,
	// so level.Info(l).Log(...) resolves to the interface method.
	"(github.com/go-kit/log.Logger).Log",
	"(github.com/go-kit/log.LoggerFunc).Log",
	"(*github.com/go-kit/log.SwapLogger).Log",

	// github.com/go-logr/logr (also klog's contextual logging).
	"(github.com/go-logr/logr.Logger).Info",
	"(github.com/go-logr/logr.Logger).Error",

	// github.com/labstack/echo/v4: the logger of e.Logger and c.Logger().
	// (echo v5's c.Logger() is a *slog.Logger, covered above.)
	"(github.com/labstack/echo/v4.Logger).Print",
	"(github.com/labstack/echo/v4.Logger).Printf",
	"(github.com/labstack/echo/v4.Logger).Printj",
	"(github.com/labstack/echo/v4.Logger).Debug",
	"(github.com/labstack/echo/v4.Logger).Debugf",
	"(github.com/labstack/echo/v4.Logger).Debugj",
	"(github.com/labstack/echo/v4.Logger).Info",
	"(github.com/labstack/echo/v4.Logger).Infof",
	"(github.com/labstack/echo/v4.Logger).Infoj",
	"(github.com/labstack/echo/v4.Logger).Warn",
	"(github.com/labstack/echo/v4.Logger).Warnf",
	"(github.com/labstack/echo/v4.Logger).Warnj",
	"(github.com/labstack/echo/v4.Logger).Error",
	"(github.com/labstack/echo/v4.Logger).Errorf",
	"(github.com/labstack/echo/v4.Logger).Errorj",
	"(github.com/labstack/echo/v4.Logger).Fatal",
	"(github.com/labstack/echo/v4.Logger).Fatalf",
	"(github.com/labstack/echo/v4.Logger).Fatalj",
	"(github.com/labstack/echo/v4.Logger).Panic",
	"(github.com/labstack/echo/v4.Logger).Panicf",
	"(github.com/labstack/echo/v4.Logger).Panicj",

	// github.com/go-pkgz/lgr (remark42 and the go-pkgz family): the
	// package-level logger, *Logger, and the L interface with its Func
	// adapter. A level is a prefix of the format ("[INFO] ...").
	"github.com/go-pkgz/lgr.Printf",
	"github.com/go-pkgz/lgr.Print",
	"github.com/go-pkgz/lgr.Fatalf",
	"(*github.com/go-pkgz/lgr.Logger).Logf",
	"(github.com/go-pkgz/lgr.L).Logf",
	"(github.com/go-pkgz/lgr.Func).Logf",

	// github.com/apex/log: package functions, *Entry (what WithField and
	// WithFields return) and *Logger; calls through log.Interface resolve
	// to the interface.
	"github.com/apex/log.Debug",
	"github.com/apex/log.Info",
	"github.com/apex/log.Warn",
	"github.com/apex/log.Error",
	"github.com/apex/log.Fatal",
	"github.com/apex/log.Debugf",
	"github.com/apex/log.Infof",
	"github.com/apex/log.Warnf",
	"github.com/apex/log.Errorf",
	"github.com/apex/log.Fatalf",
	"github.com/apex/log.Trace",
	"(*github.com/apex/log.Entry).Debug",
	"(*github.com/apex/log.Entry).Info",
	"(*github.com/apex/log.Entry).Warn",
	"(*github.com/apex/log.Entry).Error",
	"(*github.com/apex/log.Entry).Fatal",
	"(*github.com/apex/log.Entry).Debugf",
	"(*github.com/apex/log.Entry).Infof",
	"(*github.com/apex/log.Entry).Warnf",
	"(*github.com/apex/log.Entry).Errorf",
	"(*github.com/apex/log.Entry).Fatalf",
	"(*github.com/apex/log.Entry).Trace",
	"(*github.com/apex/log.Logger).Debug",
	"(*github.com/apex/log.Logger).Info",
	"(*github.com/apex/log.Logger).Warn",
	"(*github.com/apex/log.Logger).Error",
	"(*github.com/apex/log.Logger).Fatal",
	"(*github.com/apex/log.Logger).Debugf",
	"(*github.com/apex/log.Logger).Infof",
	"(*github.com/apex/log.Logger).Warnf",
	"(*github.com/apex/log.Logger).Errorf",
	"(*github.com/apex/log.Logger).Fatalf",
	"(*github.com/apex/log.Logger).Trace",
	"(github.com/apex/log.Interface).Debug",
	"(github.com/apex/log.Interface).Info",
	"(github.com/apex/log.Interface).Warn",
	"(github.com/apex/log.Interface).Error",
	"(github.com/apex/log.Interface).Fatal",
	"(github.com/apex/log.Interface).Debugf",
	"(github.com/apex/log.Interface).Infof",
	"(github.com/apex/log.Interface).Warnf",
	"(github.com/apex/log.Interface).Errorf",
	"(github.com/apex/log.Interface).Fatalf",
	"(github.com/apex/log.Interface).Trace",

	// github.com/inconshreveable/log15: the root logger's functions and
	// the Logger interface (New returns a child logger with context).
	"github.com/inconshreveable/log15.Debug",
	"github.com/inconshreveable/log15.Info",
	"github.com/inconshreveable/log15.Warn",
	"github.com/inconshreveable/log15.Error",
	"github.com/inconshreveable/log15.Crit",
	"(github.com/inconshreveable/log15.Logger).Debug",
	"(github.com/inconshreveable/log15.Logger).Info",
	"(github.com/inconshreveable/log15.Logger).Warn",
	"(github.com/inconshreveable/log15.Logger).Error",
	"(github.com/inconshreveable/log15.Logger).Crit",

	// github.com/op/go-logging
	"(*github.com/op/go-logging.Logger).Fatal",
	"(*github.com/op/go-logging.Logger).Fatalf",
	"(*github.com/op/go-logging.Logger).Panic",
	"(*github.com/op/go-logging.Logger).Panicf",
	"(*github.com/op/go-logging.Logger).Critical",
	"(*github.com/op/go-logging.Logger).Criticalf",
	"(*github.com/op/go-logging.Logger).Error",
	"(*github.com/op/go-logging.Logger).Errorf",
	"(*github.com/op/go-logging.Logger).Warning",
	"(*github.com/op/go-logging.Logger).Warningf",
	"(*github.com/op/go-logging.Logger).Notice",
	"(*github.com/op/go-logging.Logger).Noticef",
	"(*github.com/op/go-logging.Logger).Info",
	"(*github.com/op/go-logging.Logger).Infof",
	"(*github.com/op/go-logging.Logger).Debug",
	"(*github.com/op/go-logging.Logger).Debugf",

	// github.com/charmbracelet/log: package functions and *Logger; With
	// returns a logger carrying its key/values.
	"github.com/charmbracelet/log.Log",
	"github.com/charmbracelet/log.Logf",
	"github.com/charmbracelet/log.Debug",
	"github.com/charmbracelet/log.Info",
	"github.com/charmbracelet/log.Warn",
	"github.com/charmbracelet/log.Error",
	"github.com/charmbracelet/log.Fatal",
	"github.com/charmbracelet/log.Print",
	"github.com/charmbracelet/log.Debugf",
	"github.com/charmbracelet/log.Infof",
	"github.com/charmbracelet/log.Warnf",
	"github.com/charmbracelet/log.Errorf",
	"github.com/charmbracelet/log.Fatalf",
	"github.com/charmbracelet/log.Printf",
	"(*github.com/charmbracelet/log.Logger).Log",
	"(*github.com/charmbracelet/log.Logger).Logf",
	"(*github.com/charmbracelet/log.Logger).Debug",
	"(*github.com/charmbracelet/log.Logger).Info",
	"(*github.com/charmbracelet/log.Logger).Warn",
	"(*github.com/charmbracelet/log.Logger).Error",
	"(*github.com/charmbracelet/log.Logger).Fatal",
	"(*github.com/charmbracelet/log.Logger).Print",
	"(*github.com/charmbracelet/log.Logger).Debugf",
	"(*github.com/charmbracelet/log.Logger).Infof",
	"(*github.com/charmbracelet/log.Logger).Warnf",
	"(*github.com/charmbracelet/log.Logger).Errorf",
	"(*github.com/charmbracelet/log.Logger).Fatalf",
	"(*github.com/charmbracelet/log.Logger).Printf",
}

// BuiltinAccessLogMiddleware are the functions that install an access log
// known to write the full client IP; referencing or calling one is a finding.
//
// chi's DefaultLogger is a package variable holding the middleware that
// Logger calls; it is listed because r.Use(middleware.DefaultLogger)
// installs the same log.
var BuiltinAccessLogMiddleware = []string{
	// gin: Default is New plus Use(Logger(), Recovery()); the default
	// formatter writes LogFormatterParams.ClientIP (c.ClientIP()).
	"github.com/gin-gonic/gin.Default",
	"github.com/gin-gonic/gin.Logger",
	"github.com/gin-gonic/gin.LoggerWithWriter",
	// echo v4: Logger's DefaultLoggerConfig.Format has "remote_ip":"${remote_ip}"
	// (Logger is deprecated since v4.15 in favour of RequestLogger).
	"github.com/labstack/echo/v4/middleware.Logger",
	// echo v4.15+ and v5: RequestLogger() sets LogRemoteIP and logs
	// v.RemoteIP through slog.
	"github.com/labstack/echo/v4/middleware.RequestLogger",
	"github.com/labstack/echo/v5/middleware.RequestLogger",
	// chi: DefaultLogFormatter writes "from <client IP>": GetClientIP, else
	// r.RemoteAddr (which middleware.RealIP has overwritten from the headers).
	"github.com/go-chi/chi/v5/middleware.Logger",
	"github.com/go-chi/chi/v5/middleware.DefaultLogger",
	"github.com/go-chi/chi/middleware.Logger", // chi v1 to v4 (+incompatible)
	"github.com/go-chi/chi/middleware.DefaultLogger",
	// gorilla: Common and Combined Log Format, host taken from r.RemoteAddr.
	"github.com/gorilla/handlers.LoggingHandler",
	"github.com/gorilla/handlers.CombinedLoggingHandler",
}

// BuiltinConditionalAccessLog are access-log middleware constructors whose
// output depends on their arguments: a call is a finding only when the
// condition in the comment above it holds.
var BuiltinConditionalAccessLog = []string{
	// gin: a finding when no formatter is given (LoggerConfig.Formatter is
	// nil, so the default formatter runs) or the formatter uses
	// LogFormatterParams.ClientIP.
	"github.com/gin-gonic/gin.LoggerWithConfig",
	"github.com/gin-gonic/gin.LoggerWithFormatter",
	// echo v4: a finding when LoggerConfig.Format is unset or empty
	// (DefaultLoggerConfig.Format is used) or contains ${remote_ip}.
	"github.com/labstack/echo/v4/middleware.LoggerWithConfig",
	// chi: a finding when the formatter is a *DefaultLogFormatter; any
	// other LogFormatter is the user's code and is analysed as such.
	"github.com/go-chi/chi/v5/middleware.RequestLogger",
	"github.com/go-chi/chi/middleware.RequestLogger",
	// gorilla: a finding when the LogFormatter uses
	// LogFormatterParams.Request.RemoteAddr (it writes to the handler's
	// io.Writer, which is not otherwise a sink).
	"github.com/gorilla/handlers.CustomLoggingHandler",
	// fiber: a finding when called with no Config, or with a Config whose
	// Format is empty (the default format has ${ip}) or contains ${ip} or
	// ${ips}.
	"github.com/gofiber/fiber/v2/middleware/logger.New",
	"github.com/gofiber/fiber/v3/middleware/logger.New",
}
