package main

import "syscall"

// stopWithParent: Mailpit ends with postprod even when postprod is killed
// (it would otherwise keep its ports, and the next start would pick others).
func stopWithParent(a *syscall.SysProcAttr) { a.Pdeathsig = syscall.SIGTERM }
