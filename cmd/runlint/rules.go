package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/runlint/runlint/analyze"
)

func newRules(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "rules",
		Short: "List the rules with their codes and default severities",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "CODE\tNAME\tSEVERITY\tCHECKS")
			for _, r := range analyze.Rules {
				sev := string(r.Severity)
				if r.Off {
					sev = "off (" + sev + ")"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Code, r.Name, sev, r.Doc.Title)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			_, err := fmt.Fprintln(stdout, "\n'runlint explain NAME' prints a rule's documentation.")
			return err
		},
	}
}

func newExplain(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "explain NAME",
		Short: "Print a rule's documentation: what, why, example, options, references",
		Args:  cobra.ExactArgs(1),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var names []cobra.Completion
			for _, r := range analyze.Rules {
				names = append(names, cobra.CompletionWithDesc(r.Name, r.Code+" "+r.Doc.Title))
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			r := analyze.RuleByName(args[0])
			if r == nil {
				return usageError{fmt.Errorf("no rule %q (see 'runlint rules')", args[0])}
			}
			_, err := io.WriteString(stdout, Explain(r))
			return err
		},
	}
}

// Explain renders a rule's doc the same way for every rule.
func Explain(r *analyze.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s (default severity: %s)\n%s\n\n", r.Code, r.Name, r.Severity, r.Doc.Title)
	fmt.Fprintf(&b, "What it does\n  %s\n\nWhy it matters\n  %s\n\nExample\n  %s\n", r.Doc.What, r.Doc.Why, r.Doc.Example)
	if r.Off {
		fmt.Fprintf(&b, "\nOff by default ([rules.%s] enabled = true turns it on)\n  %s\n", r.Name, r.Doc.Off)
	}
	if len(r.Options) > 0 {
		b.WriteString("\nOptions ([rules." + r.Name + "] in .runlint.toml)\n")
		for _, o := range r.Options {
			fmt.Fprintf(&b, "  %s = %s: %s\n", o.Name, o.Default, o.Doc)
		}
	}
	if len(r.Doc.References) > 0 {
		b.WriteString("\nReferences\n")
		for _, ref := range r.Doc.References {
			fmt.Fprintf(&b, "  - %s\n", ref)
		}
	}
	return b.String()
}

func newInit(stdout io.Writer) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init [FOLDER]",
		Short: "Write a .runlint.toml with every setting at its default, commented out",
		Long: `Write .runlint.toml in FOLDER (default: the current folder): every setting
and rule option at its default, with what it means, commented out. Uncomment
a line to change it: the file then holds only what you changed, and every
setting you left alone follows runlint's defaults as they improve.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			path := dir + string(os.PathSeparator) + analyze.ConfigName
			err := replaceFile(path, !force, func(w io.Writer) error {
				_, err := io.WriteString(w, analyze.Starter())
				return err
			})
			if err != nil {
				if _, serr := os.Lstat(path); serr == nil && !force {
					return usageError{fmt.Errorf("%s exists: use --force to overwrite it", path)}
				}
				return usageError{err}
			}
			_, err = fmt.Fprintf(stdout, "wrote %s\n", path)
			return err
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite an existing file")
	return cmd
}
