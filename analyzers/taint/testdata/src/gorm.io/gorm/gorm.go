// Package gorm is a signature stub of gorm.io/gorm.
package gorm

type DB struct {
	Error        error
	RowsAffected int64
}

func (db *DB) Table(name string, args ...interface{}) (tx *DB)               { return db }
func (db *DB) Model(value interface{}) (tx *DB)                              { return db }
func (db *DB) Where(query interface{}, args ...interface{}) (tx *DB)         { return db }
func (db *DB) Create(value interface{}) (tx *DB)                             { return db }
func (db *DB) CreateInBatches(value interface{}, batchSize int) (tx *DB)     { return db }
func (db *DB) Save(value interface{}) (tx *DB)                               { return db }
func (db *DB) First(dest interface{}, conds ...interface{}) (tx *DB)         { return db }
func (db *DB) Find(dest interface{}, conds ...interface{}) (tx *DB)          { return db }
func (db *DB) FirstOrCreate(dest interface{}, conds ...interface{}) (tx *DB) { return db }
func (db *DB) Update(column string, value interface{}) (tx *DB)              { return db }
func (db *DB) UpdateColumn(column string, value interface{}) (tx *DB)        { return db }
func (db *DB) Updates(values interface{}) (tx *DB)                           { return db }
func (db *DB) UpdateColumns(values interface{}) (tx *DB)                     { return db }
func (db *DB) Delete(value interface{}, conds ...interface{}) (tx *DB)       { return db }
func (db *DB) Exec(sql string, values ...interface{}) (tx *DB)               { return db }
func (db *DB) Raw(sql string, values ...interface{}) (tx *DB)                { return db }
func (db *DB) Scan(dest interface{}) (tx *DB)                                { return db }
