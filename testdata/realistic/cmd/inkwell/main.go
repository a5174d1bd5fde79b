// Command inkwell runs an Inkwell instance.
//
//	inkwell -c config.json
//
// The configuration file is optional; see package config for the
// settings and the environment variables that override them.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	_ "github.com/lib/pq"

	"example.com/inkwell"
	"example.com/inkwell/config"
	"example.com/inkwell/log"
)

func main() {
	configPath := flag.String("c", "config.json", "configuration `file`")
	version := flag.Bool("v", false, "print the version and exit")
	flag.Parse()

	if *version {
		fmt.Println("inkwell", inkwell.Version)
		return
	}
	if err := run(*configPath); err != nil {
		log.Error("%v", err)
		os.Exit(1)
	}
}

func run(configPath string) error {
	cfg, err := config.Load(configPath)
	if err != nil {
		return err
	}
	level, err := log.ParseLevel(cfg.Log.Level)
	if err != nil {
		return err
	}
	logger := log.New(os.Stderr, level)
	if cfg.Log.File != "" {
		if logger, err = log.Open(cfg.Log.File, level); err != nil {
			return err
		}
		defer logger.Close()
	}
	logger.Infof("inkwell %s starting; config %s, listening on %s", inkwell.Version, configPath, cfg.Addr())

	app, err := inkwell.NewApp(cfg, logger)
	if err != nil {
		return err
	}
	defer app.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := app.Run(ctx); err != nil {
		return err
	}
	logger.Infof("bye")
	return nil
}
