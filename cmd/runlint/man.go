package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

func newMan(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "man DIR",
		Short: "Write man pages for runlint and its commands into DIR",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := os.MkdirAll(args[0], 0o755); err != nil {
				return usageError{err}
			}
			hdr := &doc.GenManHeader{Title: "RUNLINT", Section: "1", Source: "runlint " + version, Manual: "runlint manual"}
			root := cmd.Root()
			root.DisableAutoGenTag = true // no date in the pages: same input, same bytes
			if err := doc.GenManTree(root, hdr, args[0]); err != nil {
				return err
			}
			_, err := fmt.Fprintf(stdout, "wrote man pages to %s\n", args[0])
			return err
		},
	}
}
