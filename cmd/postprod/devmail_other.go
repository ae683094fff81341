//go:build !linux

package main

import "syscall"

// stopWithParent: outside Linux, a killed postprod leaves Mailpit running.
func stopWithParent(*syscall.SysProcAttr) {}
