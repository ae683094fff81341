// Package proc reads what the measuring commands (make abuse, bench-api,
// bench-live) report of a process and of the machine, from Linux's /proc.
// Every reader answers zero (or "?") where /proc is absent.
package proc

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// statFields are the fields of /proc/<pid>/stat after the command name
// (which may hold spaces, inside parentheses): field 4 of proc(5), ppid,
// is index 1 here.
func statFields(pid int) [][]byte {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return nil
	}
	i := bytes.LastIndexByte(b, ')')
	if i < 0 || i+2 > len(b) {
		return nil
	}
	return bytes.Fields(b[i+2:])
}

// clockTick is USER_HZ, 100 on Linux.
const clockTick = time.Second / 100

// CPU is the user + system time of a process; with children, also that of
// the children it has waited for.
func CPU(pid int, children bool) time.Duration {
	f := statFields(pid)
	if len(f) < 15 {
		return 0
	}
	last := 12 // utime 11, stime 12; cutime 13, cstime 14
	if children {
		last = 14
	}
	var ticks int64
	for i := 11; i <= last; i++ {
		n, _ := strconv.ParseInt(string(f[i]), 10, 64)
		ticks += n
	}
	return time.Duration(ticks) * clockTick
}

// PPID is a process's parent.
func PPID(pid int) int {
	f := statFields(pid)
	if len(f) < 2 {
		return 0
	}
	n, _ := strconv.Atoi(string(f[1]))
	return n
}

// RSSKB is a process's resident set (VmRSS) in kB.
func RSSKB(pid int) int64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// Loadavg is the machine's one-minute load average: the figures mean
// little on a machine already busy.
func Loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := bytes.Fields(b); err == nil && len(f) > 0 {
		return string(f[0])
	}
	return "?"
}
