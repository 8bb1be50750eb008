package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/runlint/runlint/internal/synth"
)

func need(t *testing.T, tool string) string {
	p, err := exec.LookPath(tool)
	if err != nil {
		if os.Getenv("RUNLINT_REQUIRE_TOOLS") != "" {
			t.Fatalf("%s not found", tool)
		}
		t.Skipf("%s not found", tool)
	}
	return p
}

// TestPreCommitHook runs the hook for real with the pre-commit tool on a
// throwaway git repository holding part of a block: committing a recovery run
// that was too fast is refused; committing a good one passes.
func TestPreCommitHook(t *testing.T) {
	if testing.Short() {
		t.Skip("builds runlint inside pre-commit")
	}
	preCommit, git := need(t, "pre-commit"), need(t, "git")
	tmp := t.TempDir()
	sh := &shell{t: t, env: append(os.Environ(), "PRE_COMMIT_HOME="+filepath.Join(tmp, "cache"), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "NO_COLOR=1", "HOME="+tmp)}
	block, held := trainingRepo(t, sh, git, preCommit, hookRepo(t, sh, git, tmp), tmp)

	// A good recovery run passes.
	os.Rename(filepath.Join(held, "2024-03-13-0700-recovery.fit"), filepath.Join(block, "2024-03-13-0700-recovery.fit"))
	sh.must(block, git, "add", "2024-03-13-0700-recovery.fit")
	if out, err := sh.run(block, git, "commit", "-m", "Wednesday recovery"); err != nil {
		t.Fatalf("a good run was refused: %v\n%s", err, out)
	}

	// A recovery run that was too fast is refused, and the hook says why.
	os.Rename(filepath.Join(held, "2024-03-20-0700-recovery-fast-pace.fit"), filepath.Join(block, "2024-03-20-0700-recovery-fast-pace.fit"))
	sh.must(block, git, "add", "2024-03-20-0700-recovery-fast-pace.fit")
	out, err := sh.run(block, git, "commit", "-m", "Wednesday recovery, a bit quick")
	if err == nil {
		t.Fatalf("a too-fast recovery run was committed:\n%s", out)
	}
	// The hook's output is not a terminal: 80 columns, long lines wrapped.
	if !strings.Contains(strings.Join(strings.Fields(out), " "), "recovery-too-fast: pace 5:10/km is 9 % faster than long-run pace 5:40/km") {
		t.Fatalf("the refusal does not say why:\n%s", out)
	}
	// Only the committed file is reported on, not the faults already in the block.
	if strings.Contains(out, "recovery-too-short") || strings.Contains(out, "hilly") {
		t.Fatalf("the hook reported on files it was not given:\n%s", out)
	}
}

// shell runs the tools of the pre-commit test in their own home and cache.
type shell struct {
	t   *testing.T
	env []string
}

func (s *shell) run(dir string, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = dir, s.env
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func (s *shell) must(dir string, name string, args ...string) string {
	s.t.Helper()
	out, err := s.run(dir, name, args...)
	if err != nil {
		s.t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return out
}

// hookRepo makes this working tree's source a git repository of its own, the
// hook repository pre-commit installs from, and returns its revision.
func hookRepo(t *testing.T, sh *shell, git, tmp string) string {
	hooks := filepath.Join(tmp, "hooks")
	copyTree(t, "../..", hooks)
	sh.must(hooks, git, "init", "-q")
	sh.must(hooks, git, "add", "-A")
	sh.must(hooks, git, "commit", "-q", "-m", "runlint")
	return "repos:\n- repo: " + hooks + "\n  rev: " + strings.TrimSpace(sh.must(hooks, git, "rev-parse", "HEAD")) + "\n  hooks:\n  - id: runlint\n"
}

// trainingRepo commits eight weeks of a block with the hook installed, two
// Wednesday runs held back in a folder beside it.
func trainingRepo(t *testing.T, sh *shell, git, preCommit, hookConfig, tmp string) (block, held string) {
	block = filepath.Join(tmp, "training")
	opt := synth.DefaultOptions()
	opt.Weeks = 8
	if _, err := synth.WriteBlock(block, "fit", opt); err != nil {
		t.Fatal(err)
	}
	held = filepath.Join(tmp, "held")
	os.MkdirAll(held, 0o755)
	for _, name := range []string{"2024-03-20-0700-recovery-fast-pace.fit", "2024-03-13-0700-recovery.fit"} {
		if err := os.Rename(filepath.Join(block, name), filepath.Join(held, name)); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(block, ".pre-commit-config.yaml"), []byte(hookConfig), 0o644)
	sh.must(block, git, "init", "-q")
	sh.must(block, git, "add", "-A")
	sh.must(block, git, "commit", "-q", "-m", "the block so far")
	sh.must(block, preCommit, "install")
	return block, held
}

// copyTree copies the source of the module (no .git, no testdata).
func copyTree(t *testing.T, from, to string) {
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.Name() == ".git" && !d.IsDir() {
			// A git worktree's .git is a file naming the real repository:
			// copied, the throwaway repository would commit to that one.
			return nil
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata" || d.Name() == "docs") && rel != "." {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestPreCommitReadme follows the README's pre-commit set-up as a new user
// would: runlint installed with `go install ./cmd/runlint` from this tree
// into a fresh home, the README's .pre-commit-config.yaml snippet copied as
// it stands, `pre-commit install`; then a good run goes in and a recovery
// run that was too fast is refused, with the reason.
func TestPreCommitReadme(t *testing.T) {
	preCommit, git, goTool := need(t, "pre-commit"), need(t, "git"), need(t, "go")
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "bin")
	sh := &shell{t: t, env: append(os.Environ(), "PRE_COMMIT_HOME="+filepath.Join(tmp, "cache"), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "NO_COLOR=1", "GOBIN="+bin, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))}
	// The build reuses this machine's module and build caches (a new user's
	// go would download the same modules); HOME is the new user's.
	for _, v := range []string{"GOMODCACHE", "GOCACHE"} {
		sh.env = append(sh.env, v+"="+strings.TrimSpace(sh.must("../..", goTool, "env", v)))
	}
	sh.env = append(sh.env, "HOME="+tmp, "GOFLAGS=-mod=readonly", "GOPROXY=off")
	sh.must("../..", goTool, "install", "./cmd/runlint")
	block, held := trainingRepo(t, sh, git, preCommit, readmeSnippet(t), tmp)

	os.Rename(filepath.Join(held, "2024-03-13-0700-recovery.fit"), filepath.Join(block, "2024-03-13-0700-recovery.fit"))
	sh.must(block, git, "add", "2024-03-13-0700-recovery.fit")
	if out, err := sh.run(block, git, "commit", "-m", "Wednesday recovery"); err != nil {
		t.Fatalf("a good run was refused: %v\n%s", err, out)
	}
	os.Rename(filepath.Join(held, "2024-03-20-0700-recovery-fast-pace.fit"), filepath.Join(block, "2024-03-20-0700-recovery-fast-pace.fit"))
	sh.must(block, git, "add", "2024-03-20-0700-recovery-fast-pace.fit")
	out, err := sh.run(block, git, "commit", "-m", "Wednesday recovery, a bit quick")
	if err == nil {
		t.Fatalf("a too-fast recovery run was committed:\n%s", out)
	}
	if !strings.Contains(strings.Join(strings.Fields(out), " "), "recovery-too-fast: pace 5:10/km is 9 % faster than long-run pace 5:40/km") {
		t.Fatalf("the refusal does not say why:\n%s", out)
	}
}

// readmeSnippet is the README's .pre-commit-config.yaml, as it stands.
func readmeSnippet(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(b), "### As a pre-commit hook")
	_, yaml, ok2 := strings.Cut(section, "```yaml\n")
	yaml, _, ok3 := strings.Cut(yaml, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal("the README has no .pre-commit-config.yaml snippet under \"As a pre-commit hook\"")
	}
	return yaml
}
