package facturx

import (
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// validator is the shared EN 16931 CII validator (schema, then rules):
// $EINVOICE_VALIDATE, else shared/einvoice/validate in the first folder
// above this one that has it (../shared of the checkout, wherever the
// worktree sits).
func validator(t *testing.T) string {
	t.Helper()
	v := os.Getenv("EINVOICE_VALIDATE")
	for dir, _ := filepath.Abs("."); v == "" && dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if f := filepath.Join(dir, "shared", "einvoice", "validate"); fileExists(f) {
			v = f
		}
	}
	if v == "" {
		t.Skip("no shared/einvoice/validate above this folder (set EINVOICE_VALIDATE)")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("the validator needs Node")
	}
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Log("xmllint missing: the validator skips the CII D16B schema step")
	}
	return v
}

// TestXMLPassesEN16931 runs every kind of invoice and the credit note
// through the official rules: zero fatal.
func TestXMLPassesEN16931(t *testing.T) {
	v := validator(t)
	dir := t.TempDir()
	var files []string
	cs := cases()
	for _, name := range slices.Sorted(maps.Keys(cs)) {
		x, err := XML(cs[name])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		f := filepath.Join(dir, name+".xml")
		if err := os.WriteFile(f, x, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	out, err := exec.Command(v, files...).CombinedOutput()
	if err != nil {
		t.Fatalf("validator: %v\n%s", err, out)
	}
	if n := strings.Count(string(out), "passes the EN 16931 CII rules"); n != len(files) {
		t.Fatalf("%d of %d pass:\n%s", n, len(files), out)
	}
}

func fileExists(f string) bool { _, err := os.Stat(f); return err == nil }
