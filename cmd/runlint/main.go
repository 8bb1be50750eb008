// Command runlint audits a runner's training from the files their watch exports.
package main

import (
	"os"
	_ "time/tzdata" // zones for GPX/TCX local dates on machines without a zone database
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
