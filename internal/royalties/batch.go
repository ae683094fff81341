package royalties

import (
	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// Batch reads for the dataloaders, by the id a parent row carries; the
// parent was authorised by its service.

func HoldersByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.RightsHolder] {
	return db.InOrg[*db.RightsHolder](idb, orgID, "id", "")
}

func WorksByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Work] {
	return db.InOrg[*db.Work](idb, orgID, "id", "")
}

func RunsByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.DistributionRun] {
	return db.InOrg[*db.DistributionRun](idb, orgID, "id", "")
}

func SharesByWork(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.RightsShare] {
	return db.InOrg[*db.RightsShare](idb, orgID, "work_id", "media, territory, id")
}

func CommissionsByWork(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.WorkCommission] {
	return db.InOrg[*db.WorkCommission](idb, orgID, "work_id", "media")
}

// ExpensesByWork: in the order they were incurred (the order of recoupment).
func ExpensesByWork(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.RecoupableExpense] {
	return db.InOrg[*db.RecoupableExpense](idb, orgID, "work_id", "incurred_on, id")
}

// StatementsByRun: the largest first.
func StatementsByRun(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Statement] {
	return db.InOrg[*db.Statement](idb, orgID, "run_id", "amount_cents DESC, id")
}

// HoldersOfUser: the holders a RIGHTS_HOLDER user acts for.
func HoldersOfUser(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.HolderUser] {
	return db.InOrg[*db.HolderUser](idb, orgID, "user_id", "holder_id")
}

// RunWorksByRun: run works carry no organisation; their run was authorised.
func RunWorksByRun(idb bun.IDB) db.Batch[*db.RunWork] {
	return db.ByParent[*db.RunWork](idb, "run_id", "")
}

// LinesByStatement: statement lines carry no organisation; their statement
// was authorised.
func LinesByStatement(idb bun.IDB) db.Batch[*db.StatementLine] {
	return db.ByParent[*db.StatementLine](idb, "statement_id", "id")
}
