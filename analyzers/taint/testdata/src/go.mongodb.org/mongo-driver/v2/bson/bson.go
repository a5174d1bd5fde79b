// Package bson is a signature stub of go.mongodb.org/mongo-driver/v2/bson.
package bson

type M map[string]interface{}

type E struct {
	Key   string
	Value interface{}
}

type D []E
