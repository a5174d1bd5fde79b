// Package redis is a signature stub of github.com/redis/go-redis/v9.
package redis

import (
	"context"
	"time"
)

type StatusCmd struct{ val string }
type StringCmd struct{ val string }
type IntCmd struct{ val int64 }
type BoolCmd struct{ val bool }

func (cmd *StatusCmd) Err() error              { return nil }
func (cmd *StringCmd) Result() (string, error) { return cmd.val, nil }
func (cmd *StringCmd) Err() error              { return nil }
func (cmd *IntCmd) Err() error                 { return nil }
func (cmd *BoolCmd) Result() (bool, error)     { return cmd.val, nil }

type Options struct {
	Addr     string
	Password string
	DB       int
}

type cmdable func(ctx context.Context, cmd interface{}) error

type Client struct {
	opt *Options
	cmdable
}

func NewClient(opt *Options) *Client { return &Client{opt: opt} }

type StringCmdable interface {
	Append(ctx context.Context, key, value string) *IntCmd
	Get(ctx context.Context, key string) *StringCmd
	GetSet(ctx context.Context, key string, value interface{}) *StringCmd
	Incr(ctx context.Context, key string) *IntCmd
	Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	SetEx(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd
	SetXX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd
}

type HashCmdable interface {
	HGet(ctx context.Context, key, field string) *StringCmd
	HMSet(ctx context.Context, key string, values ...interface{}) *BoolCmd
	HSet(ctx context.Context, key string, values ...interface{}) *IntCmd
	HSetNX(ctx context.Context, key, field string, value interface{}) *BoolCmd
}

type ListCmdable interface {
	LPush(ctx context.Context, key string, values ...interface{}) *IntCmd
	RPush(ctx context.Context, key string, values ...interface{}) *IntCmd
}

type SetCmdable interface {
	SAdd(ctx context.Context, key string, members ...interface{}) *IntCmd
}

type Cmdable interface {
	StringCmdable
	HashCmdable
	ListCmdable
	SetCmdable
	Del(ctx context.Context, keys ...string) *IntCmd
}

type UniversalClient interface {
	Cmdable
	Close() error
}

func (c cmdable) Append(ctx context.Context, key, value string) *IntCmd { return nil }
func (c cmdable) Get(ctx context.Context, key string) *StringCmd        { return nil }
func (c cmdable) GetSet(ctx context.Context, key string, value interface{}) *StringCmd {
	return nil
}
func (c cmdable) Incr(ctx context.Context, key string) *IntCmd { return nil }
func (c cmdable) Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	return nil
}
func (c cmdable) SetEx(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	return nil
}
func (c cmdable) SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd {
	return nil
}
func (c cmdable) SetXX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd {
	return nil
}
func (c cmdable) HGet(ctx context.Context, key, field string) *StringCmd                { return nil }
func (c cmdable) HMSet(ctx context.Context, key string, values ...interface{}) *BoolCmd { return nil }
func (c cmdable) HSet(ctx context.Context, key string, values ...interface{}) *IntCmd   { return nil }
func (c cmdable) HSetNX(ctx context.Context, key, field string, value interface{}) *BoolCmd {
	return nil
}
func (c cmdable) LPush(ctx context.Context, key string, values ...interface{}) *IntCmd { return nil }
func (c cmdable) RPush(ctx context.Context, key string, values ...interface{}) *IntCmd { return nil }
func (c cmdable) SAdd(ctx context.Context, key string, members ...interface{}) *IntCmd { return nil }
func (c cmdable) Del(ctx context.Context, keys ...string) *IntCmd                      { return nil }
func (c *Client) Close() error                                                         { return nil }
