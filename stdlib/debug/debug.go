package debug // import "runtime/debug"

// SetGCPercent sets the garbage collection target percentage (GOGC) and
// returns the previous setting. A negative percentage disables automatic
// collection.
func SetGCPercent(percent int) int

// FreeOSMemory forces a garbage collection and then returns as much memory
// to the operating system as possible.
func FreeOSMemory()
