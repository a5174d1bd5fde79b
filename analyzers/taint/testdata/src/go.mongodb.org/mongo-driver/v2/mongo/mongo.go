// Package mongo is a signature stub of go.mongodb.org/mongo-driver/v2/mongo.
package mongo

import "context"

type Client struct{ id int }
type Database struct{ name string }
type Collection struct{ name string }
type InsertOneResult struct{ InsertedID interface{} }
type InsertManyResult struct{ InsertedIDs []interface{} }
type UpdateResult struct{ MatchedCount int64 }
type DeleteResult struct{ DeletedCount int64 }
type Cursor struct{ Current []byte }
type SingleResult struct{ err error }

func (sr *SingleResult) Decode(v interface{}) error                  { return sr.err }
func (c *Cursor) All(ctx context.Context, results interface{}) error { return nil }

func (c *Client) Database(name string) *Database { return &Database{name: name} }
func (db *Database) Collection(name string) *Collection {
	return &Collection{name: name}
}

func (coll *Collection) InsertOne(ctx context.Context, document any) (*InsertOneResult, error) {
	return nil, nil
}
func (coll *Collection) InsertMany(ctx context.Context, documents any) (*InsertManyResult, error) {
	return nil, nil
}
func (coll *Collection) UpdateOne(ctx context.Context, filter any, update any) (*UpdateResult, error) {
	return nil, nil
}
func (coll *Collection) UpdateMany(ctx context.Context, filter any, update any) (*UpdateResult, error) {
	return nil, nil
}
func (coll *Collection) UpdateByID(ctx context.Context, id any, update any) (*UpdateResult, error) {
	return nil, nil
}
func (coll *Collection) ReplaceOne(ctx context.Context, filter any, replacement any) (*UpdateResult, error) {
	return nil, nil
}
func (coll *Collection) Find(ctx context.Context, filter any) (*Cursor, error) { return nil, nil }
func (coll *Collection) FindOne(ctx context.Context, filter any) *SingleResult { return nil }
func (coll *Collection) FindOneAndUpdate(ctx context.Context, filter any, update any) *SingleResult {
	return nil
}
func (coll *Collection) FindOneAndReplace(ctx context.Context, filter any, replacement any) *SingleResult {
	return nil
}
func (coll *Collection) DeleteOne(ctx context.Context, filter any) (*DeleteResult, error) {
	return nil, nil
}
func (coll *Collection) DeleteMany(ctx context.Context, filter any) (*DeleteResult, error) {
	return nil, nil
}
func (coll *Collection) CountDocuments(ctx context.Context, filter any) (int64, error) {
	return 0, nil
}
