package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

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
		Short: "Remove every cached entry",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := check.CacheDir(dir)
			if err != nil {
				return usageError{err}
			}
			if err := check.CleanCache(d); err != nil {
				return fmt.Errorf("cache clean: %w", err)
			}
			_, err = fmt.Fprintf(stdout, "removed %s\n", d)
			return err
		},
	})
	return cmd
}
