package os // import "os"

func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Exit(code int)
func Getpid() int
func Getppid() int
func Getuid() int
func Getpagesize() int
