package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

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
			if err := writeManTree(root, hdr, args[0]); err != nil {
				return err
			}
			_, err := fmt.Fprintf(stdout, "wrote man pages to %s\n", args[0])
			return err
		},
	}
}

// writeManTree writes the pages doc.GenManTree would (one per available
// command, named as it names them: "runlint-check.1"), each the way
// reports are written (replaceFile): GenManTree creates its files with
// os.Create, which writes through a link in DIR onto whatever it points at.
func writeManTree(cmd *cobra.Command, hdr *doc.GenManHeader, dir string) error {
	for _, c := range cmd.Commands() {
		if !c.IsAvailableCommand() || c.IsAdditionalHelpTopicCommand() {
			continue
		}
		if err := writeManTree(c, hdr, dir); err != nil {
			return err
		}
	}
	name := strings.ReplaceAll(cmd.CommandPath(), " ", "-") + "." + hdr.Section
	page := *hdr // GenMan fills in the title per command
	path := filepath.Join(dir, name)
	if err := replaceFile(path, false, func(w io.Writer) error { return doc.GenMan(cmd, &page, w) }); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
