package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/check"
)

func newCache(stdout io.Writer) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "cache",
		Short: "Show or clean the cache of read files",
		Long: `runlint keeps what it read from each file (activities, digested, without
samples), keyed by the file's bytes, in runlint's folder of the user cache
directory. A changed file has other bytes and is read again; the cache is
never written inside the checked folder unless --cache-dir says so.`,
	}
	cmd.PersistentFlags().StringVar(&dir, "cache-dir", "", "cache folder (default: runlint in the user cache directory)")
	cmd.AddCommand(&cobra.Command{
		Use:   "dir",
		Short: "Print the cache folder",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := check.CacheDir(dir)
			if err != nil {
				return usageError{err}
			}
			_, err = fmt.Fprintln(stdout, d)
			return err
		},
	}, &cobra.Command{
		Use:   "clean",
		Short: "Remove what runlint cached, and nothing else",
		Long: `Removes the entries, stat index and temporary files runlint's cache wrote
in the cache folder (its v<N> folders), file by file, and leaves anything else
there: pointed at a folder of training files by mistake, it removes nothing.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := check.CacheDir(dir)
			if err != nil {
				return usageError{err}
			}
			n, err := check.CleanCache(d)
			if err != nil {
				return fmt.Errorf("cache clean: %w", err)
			}
			if n == 0 {
				_, err = fmt.Fprintf(stdout, "nothing of runlint's in %s: removed nothing\n", d)
				return err
			}
			_, err = fmt.Fprintf(stdout, "removed %s from %s\n", activity.Plural(n, "cached file"), d)
			return err
		},
	})
	return cmd
}
