package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.DefineTarget;
import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.event.ActivityIndicatorDefined;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import jp.pdcaledger.kernel.event.CouncilOpinionAdded;
import jp.pdcaledger.kernel.event.EvaluationSubmitted;
import jp.pdcaledger.kernel.event.ImprovementPlanned;
import jp.pdcaledger.kernel.event.NoCouncilOpinionRecorded;
import jp.pdcaledger.kernel.event.ReviewClosed;
import jp.pdcaledger.kernel.event.ReviewReopened;
import jp.pdcaledger.kernel.event.SheetRegistered;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.Municipality;
import jp.pdcaledger.kernel.sheet.MunicipalityCode;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The seed sheet's facts (Kitakyushu, 第5期, 成果目標(3)) as events, and a fixture wired as the app wires it. */
final class SheetFixtures {

    static final SheetId SHEET = SheetId.of("6f1c1f0e-3b4a-4c55-9a51-1d2f8e0a7b10");
    static final TargetKey SUPPORT_BASES = TargetKey.of("support-bases");
    /** A second target of the kind real sheets carry beside the seed's (数値目標は設定しない). */
    static final TargetKey COORDINATORS = TargetKey.of("coordinators");
    /** An activity indicator (活動指標), counted per year. */
    static final TargetKey EMERGENCY_STAYS = TargetKey.of("emergency-stays");
    static final FiscalYear FY2018 = FiscalYear.of(2018);
    static final FiscalYear FY2019 = FiscalYear.of(2019);
    static final FiscalYear FY2020 = FiscalYear.of(2020);
    static final FiscalYear FY2021 = FiscalYear.of(2021);
    static final FiscalYear FY2027 = FiscalYear.of(2027);
    /** A day in FY2026, so every year of the seed's period has begun. */
    static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

    private SheetFixtures() {
    }

    static AggregateTestFixture<ManagementSheet> fixture() {
        return fixture(new InMemorySheetRegistry());
    }

    static AggregateTestFixture<ManagementSheet> fixture(SheetRegistry registry) {
        return fixture(registry, NOW);
    }

    /** A fixture whose clock stands still at {@code now} (the server's zone is UTC, as in production). */
    static AggregateTestFixture<ManagementSheet> fixtureAt(Instant now) {
        return fixture(new InMemorySheetRegistry(), now);
    }

    private static AggregateTestFixture<ManagementSheet> fixture(SheetRegistry registry, Instant now) {
        AggregateTestFixture<ManagementSheet> fixture = new AggregateTestFixture<>(ManagementSheet.class);
        fixture.registerCommandTargetResolver(new SheetCommandTargetResolver());
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerAnnotatedCommandHandler(new SheetRegistrar(fixture.getRepository(), registry));
        return fixture;
    }

    static RegisterSheet registerSeed() {
        return new RegisterSheet(SHEET, new Municipality(MunicipalityCode.of("401005"), "北九州市"),
                List.of("第５期北九州市障害福祉計画", "第１期北九州市障害児福祉計画"),
                new PlanPeriod(FY2018, FY2020), "保健福祉局 障害福祉部", "北九州市障害者自立支援協議会",
                new OutcomeTarget(3, "地域生活支援拠点等の整備"));
    }

    static SheetRegistered seedRegistered() {
        return registered(registerSeed());
    }

    static SheetRegistered registered(RegisterSheet c) {
        return new SheetRegistered(c.sheetId(), c.municipality(), c.planTitles(), c.period(), c.department(),
                c.councilName(), c.outcomeTarget());
    }

    /** The same city's sheet of the 8th period (FY2027–2029), whose first year has not begun at {@link #NOW}. */
    static SheetRegistered eighthPeriodRegistered() {
        return registered(new RegisterSheet(SHEET, new Municipality(MunicipalityCode.of("401005"), "北九州市"),
                List.of("第８期北九州市障害福祉計画", "第４期北九州市障害児福祉計画"),
                new PlanPeriod(FY2027, FiscalYear.of(2029)), "保健福祉局 障害福祉部", "北九州市障害者自立支援協議会",
                new OutcomeTarget(3, "地域生活支援拠点等の整備")));
    }

    static DefineTarget defineSupportBases() {
        TargetDefined e = supportBasesDefined();
        return new DefineTarget(SHEET, e.key(), e.name(), e.kind(), e.unit(), e.baseline(), e.targetValue(),
                e.deadlineFiscalYear(), e.direction(), e.cumulative(), e.note(), e.rationale(), null);
    }

    static TargetDefined supportBasesDefined() {
        return new TargetDefined(SHEET, SUPPORT_BASES, "地域生活支援拠点等の整備", TargetKind.NUMERIC, "箇所", null,
                BigDecimal.ONE, FY2020, Direction.INCREASE, false, "地域生活支援拠点又は面的な体制",
                "地域生活支援拠点等（地域生活支援拠点又は地域における複数の機関が分担して機能を担う体制（面的な体制））について、"
                        + "令和２年度末までに少なくとも１箇所を整備するという国の指針に基づき、設定");
    }

    static TargetDefined coordinatorsDefined() {
        return new TargetDefined(SHEET, COORDINATORS, "コーディネーターの配置", TargetKind.NO_NUMERIC_TARGET, "人", null,
                null, null, null, false, null, null);
    }

    static ActivityIndicatorDefined emergencyStaysDefined() {
        return new ActivityIndicatorDefined(SHEET, EMERGENCY_STAYS, "緊急時の受入れ", "件/年",
                List.of(new PlannedValue(FY2018, BigDecimal.valueOf(10)), new PlannedValue(FY2019, BigDecimal.valueOf(12)),
                        new PlannedValue(FY2020, BigDecimal.valueOf(15))));
    }

    /**
     * The seed sheet registered with its one target defined: where every fiscal year's review starts. Add further
     * events with {@link #history}: {@code given(seedDefined(), event)} would take the list itself for an event.
     */
    static List<Object> seedDefined() {
        return List.of(seedRegistered(), supportBasesDefined());
    }

    static AnnualActualRecorded actualRecorded(FiscalYear fiscalYear, int value) {
        return new AnnualActualRecorded(SHEET, fiscalYear, SUPPORT_BASES, BigDecimal.valueOf(value), null);
    }

    static EvaluationSubmitted evaluationSubmitted(FiscalYear fiscalYear) {
        return new EvaluationSubmitted(SHEET, fiscalYear, "評価の本文");
    }

    static CouncilOpinionAdded opinionAdded(FiscalYear fiscalYear) {
        return opinionAdded(fiscalYear, "協議会の意見");
    }

    static CouncilOpinionAdded opinionAdded(FiscalYear fiscalYear, String text) {
        return new CouncilOpinionAdded(SHEET, fiscalYear, text);
    }

    static NoCouncilOpinionRecorded noOpinionRecorded(FiscalYear fiscalYear) {
        return new NoCouncilOpinionRecorded(SHEET, fiscalYear);
    }

    static ImprovementPlanned improvementPlanned(FiscalYear fiscalYear) {
        return new ImprovementPlanned(SHEET, fiscalYear, "次年度の取組");
    }

    static ReviewClosed reviewClosed(FiscalYear fiscalYear) {
        return new ReviewClosed(SHEET, fiscalYear);
    }

    static ReviewReopened reviewReopened(FiscalYear fiscalYear) {
        return new ReviewReopened(SHEET, fiscalYear);
    }

    /** A year with its actual (0) and evaluation: the council may be heard next. */
    static List<Object> evaluatedYear(FiscalYear fiscalYear) {
        return List.of(actualRecorded(fiscalYear, 0), evaluationSubmitted(fiscalYear));
    }

    /** A year whose council has given one opinion: the improvement may be planned next. */
    static List<Object> heardYear(FiscalYear fiscalYear) {
        return history(evaluatedYear(fiscalYear), opinionAdded(fiscalYear));
    }

    /** A year through every step, closed. */
    static List<Object> closedYear(FiscalYear fiscalYear) {
        return history(heardYear(fiscalYear), improvementPlanned(fiscalYear), reviewClosed(fiscalYear));
    }

    /** Events and lists of events, flattened in order, for {@code fixture.given(List)}. */
    static List<Object> history(Object... eventsOrLists) {
        List<Object> events = new ArrayList<>();
        for (Object item : eventsOrLists) {
            if (item instanceof List<?> list) {
                events.addAll(history(list.toArray()));
            } else {
                events.add(item);
            }
        }
        return events;
    }

    /** The refusal of bad input (HTTP 400) naming {@code field}. */
    static Matcher<InvalidCommandException> invalidField(String field) {
        return exception(InvalidCommandException.class, "field", InvalidCommandException::field, field);
    }

    /** The refusal of a step out of order (HTTP 409) naming the step that has to come first. */
    static Matcher<StepNotAllowedException> missingStep(String step) {
        return exception(StepNotAllowedException.class, "missingStep", StepNotAllowedException::missingStep, step);
    }

    /** The refusal of a step already taken (HTTP 409): no step is missing, it cannot be taken again. */
    static Matcher<StepNotAllowedException> alreadyTaken() {
        return missingStep(null);
    }

    static Matcher<SheetAlreadyRegisteredException> alreadyRegisteredAs(SheetId existing) {
        return exception(SheetAlreadyRegisteredException.class, "existingSheet",
                SheetAlreadyRegisteredException::existingSheet, existing);
    }

    /** Matches an exception of {@code type} whose {@code accessor} (a record-style accessor, not a getter) equals. */
    private static <E extends Throwable, V> Matcher<E> exception(Class<E> type, String property,
                                                                 Function<E, V> accessor, V expected) {
        return new TypeSafeDiagnosingMatcher<>(type) {
            @Override
            protected boolean matchesSafely(E actual, Description mismatch) {
                V value = accessor.apply(actual);
                if (!Objects.equals(value, expected)) {
                    mismatch.appendText(type.getSimpleName() + " with " + property + "() ").appendValue(value)
                            .appendText(": ").appendValue(actual.getMessage());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " with " + property + "() ").appendValue(expected);
            }
        };
    }

    /** A registry in memory, standing in for the JDBC table the app keeps. */
    static final class InMemorySheetRegistry implements SheetRegistry {

        private final Map<String, SheetId> byNaturalKey = new HashMap<>();
        private final Map<SheetId, SheetOwner> owners = new HashMap<>();

        private static String naturalKey(RegisterSheet r) {
            return r.municipality().code() + "/" + r.period().firstFiscalYear() + "-" + r.period().lastFiscalYear()
                    + "/" + (r.outcomeTarget().number() != null ? r.outcomeTarget().number()
                    : "title:" + r.outcomeTarget().title());
        }

        @Override
        public Optional<SheetId> find(RegisterSheet registration) {
            return Optional.ofNullable(byNaturalKey.get(naturalKey(registration)));
        }

        @Override
        public void add(RegisterSheet registration) {
            byNaturalKey.put(naturalKey(registration), registration.sheetId());
            owners.put(registration.sheetId(),
                    new SheetOwner(registration.municipality().code().value(), registration.department()));
        }

        @Override
        public Optional<SheetOwner> ownerOf(SheetId sheetId) {
            return Optional.ofNullable(owners.get(sheetId));
        }
    }
}
