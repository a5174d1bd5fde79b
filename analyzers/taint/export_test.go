package taint

// SetMaxWork sets the engine's work budget per unit (see maxWork) for a
// test, and returns a function that restores it.
func SetMaxWork(n int) (restore func()) {
	old := maxWork
	maxWork = n
	return func() { maxWork = old }
}
