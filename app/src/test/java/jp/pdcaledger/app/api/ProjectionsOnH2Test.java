package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;

class ProjectionsOnH2Test extends OnH2 implements ReplayContract, TamperEvidenceContract, ConcurrentWritersContract,
        HostileInputContract {
}
