package jp.pdcaledger.kernel;

/**
 * How an actor's scope travels as granted authorities, whether it comes from a demo user or from a token's claims:
 * STAFF and COUNCIL act for one municipality (and STAFF for one department of it).
 */
public final class ActorScopes {

    public static final String MUNICIPALITY_PREFIX = "SCOPE_MUNICIPALITY_";
    public static final String DEPARTMENT_PREFIX = "SCOPE_DEPARTMENT_";

    private ActorScopes() {
    }
}
