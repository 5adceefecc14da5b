package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class ProjectionsOnPostgresTest extends OnPostgres implements ReplayContract, TamperEvidenceContract, ConcurrentWritersContract,
        HostileInputContract, AccessMatrixContract {
}
