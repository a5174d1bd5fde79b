// Package good is a fixture that type-checks beside a package that does not.
package good

// Fine is fine.
func Fine() int { return 1 }
