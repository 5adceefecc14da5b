package jp.pdcaledger.app.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is parked: an event a projection cannot handle; never a failure of the database, which is retried. */
class ParkingPolicyTest {

    private final ParkingPolicy policy = new ParkingPolicy("sheets");
    private final GenericDeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("the-sheet",
            new GenericDomainEventMessage<>("ManagementSheet", "the-sheet", 2, "payload"));

    @Test
    void an_event_a_projection_cannot_handle_is_parked_with_its_cause_cut_to_a_storable_length() {
        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter,
                new IllegalStateException("x".repeat(100_000)));

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).get().satisfies(cause ->
                assertThat(cause.getMessage().length()).isLessThanOrEqualTo(1_023));
    }

    @Test
    void a_failure_of_the_database_is_thrown_on_for_the_processor_to_retry_not_parked() {
        DataAccessResourceFailureException outage = new DataAccessResourceFailureException("connection refused",
                new SQLTransientConnectionException("refused"));

        assertThatThrownBy(() -> policy.decide(letter, outage)).isSameAs(outage);
        assertThatThrownBy(() -> policy.decide(letter, new RuntimeException("batch failed", outage)))
                .hasRootCauseInstanceOf(SQLTransientConnectionException.class);
    }
}
