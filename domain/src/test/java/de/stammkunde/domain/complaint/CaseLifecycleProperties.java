package de.stammkunde.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.complaint.CaseCommand.Acknowledge;
import de.stammkunde.domain.complaint.CaseCommand.Agree;
import de.stammkunde.domain.complaint.CaseCommand.Assign;
import de.stammkunde.domain.complaint.CaseCommand.Classify;
import de.stammkunde.domain.complaint.CaseCommand.Close;
import de.stammkunde.domain.complaint.CaseCommand.CompleteAction;
import de.stammkunde.domain.complaint.CaseCommand.Deliver;
import de.stammkunde.domain.complaint.CaseCommand.Note;
import de.stammkunde.domain.complaint.CaseCommand.PlanAction;
import de.stammkunde.domain.complaint.CaseCommand.Reopen;
import de.stammkunde.domain.complaint.CaseCommand.Understand;
import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The state machine under random command sequences by three staff members: no illegal transition ever happens, a
 * refused command changes nothing, a command the transition table allows (by the case's owner, with its texts) is
 * never refused, and the counters match the timeline.
 */
class CaseLifecycleProperties {
    private static final StaffId ANNA = StaffId.newId();
    private static final StaffId BEN = StaffId.newId();
    private static final StaffId CARLA = StaffId.newId();
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    /** The transition table, written independently of the code under test: command → the step it needs. */
    private static final Map<Class<?>, Set<CaseStep>> ALLOWED_IN = Map.ofEntries(
            Map.entry(Acknowledge.class, EnumSet.of(CaseStep.GREET)),
            Map.entry(Understand.class, EnumSet.of(CaseStep.UNDERSTAND)),
            Map.entry(Agree.class, EnumSet.of(CaseStep.AGREE)),
            Map.entry(PlanAction.class, EnumSet.of(CaseStep.DELIVER)),
            Map.entry(CompleteAction.class, EnumSet.of(CaseStep.DELIVER)),
            Map.entry(Deliver.class, EnumSet.of(CaseStep.DELIVER)),
            Map.entry(Close.class, EnumSet.of(CaseStep.CLOSE)),
            Map.entry(Reopen.class, EnumSet.of(CaseStep.CLOSED)),
            Map.entry(Assign.class, EnumSet.complementOf(EnumSet.of(CaseStep.CLOSED))),
            Map.entry(Classify.class, EnumSet.complementOf(EnumSet.of(CaseStep.CLOSED))),
            Map.entry(Note.class, EnumSet.allOf(CaseStep.class)));

    /** command → the step it leads to (absent: the step stays). */
    private static final Map<Class<?>, CaseStep> LEADS_TO = Map.of(Acknowledge.class, CaseStep.UNDERSTAND,
            Understand.class, CaseStep.AGREE, Agree.class, CaseStep.DELIVER, Deliver.class, CaseStep.CLOSE,
            Close.class, CaseStep.CLOSED, Reopen.class, CaseStep.UNDERSTAND);

    /**
     * A generated command; {@code actionIndex} picks one of the case's actions at the time it runs. {@code advance}:
     * instead of the command, the owner does what moves the case on from wherever it is (so that most sequences get
     * through the whole cycle and back, between the random commands).
     */
    record Move(CaseCommand command, StaffId actor, int actionIndex, boolean advance) {
    }

    @Property(tries = 400)
    void noIllegalTransitionAndNoRefusalOfALegalOne(@ForAll("moves") List<Move> moves) {
        ComplaintCase c = newCase(moves.isEmpty() || moves.getFirst().actionIndex() % 2 == 0 ? null
                : moves.getFirst().actor());
        List<CaseEntry> timeline = new ArrayList<>();
        CaseStep deepest = c.step();
        Instant now = T0;
        for (Move move : moves) {
            now = now.plusSeconds(60);
            CaseCommand command = resolve(move, c);
            StaffId actor = move.advance() && c.assigneeId() != null && c.step().open() ? c.assigneeId()
                    : move.actor();
            boolean legal = legal(c, command, actor);
            try {
                CaseLifecycle.Outcome outcome = CaseLifecycle.apply(c, command, actor, now, TODAY);
                ComplaintCase after = outcome.after();
                assertThat(legal).as("%s by %s in %s was applied though the table forbids it", command,
                        actor, c.step()).isTrue();
                CaseStep expected = LEADS_TO.getOrDefault(command.getClass(), c.step());
                assertThat(after.step()).isEqualTo(expected);
                assertThat(after.version()).isEqualTo(c.version() + 1);
                assertThat(outcome.entries()).isNotEmpty();
                if (!(command instanceof Note || command instanceof Classify)) {
                    assertThat(after.assigneeId()).as("whoever works a step owns the case")
                            .isEqualTo(command instanceof Assign a ? a.assignee() : actor);
                }
                timeline.addAll(outcome.entries());
                deepest = after.step().compareTo(deepest) > 0 ? after.step() : deepest;
                c = after;
            } catch (RejectedException | NotFoundException refused) {
                assertThat(legal).as("%s by %s in %s was refused: %s", command, actor, c.step(),
                        refused.getMessage()).isFalse();
            }
            invariants(c, timeline);
        }
        net.jqwik.api.statistics.Statistics.label("deepest step").collect(c.reopens() > 0 ? "reopened" : deepest);
    }

    private static void invariants(ComplaintCase c, List<CaseEntry> timeline) {
        assertThat(c.handoffs()).isEqualTo(count(timeline, CaseEntry.Kind.HANDED_OFF));
        assertThat(c.reopens()).isEqualTo(count(timeline, CaseEntry.Kind.REOPENED));
        if (c.step().compareTo(CaseStep.UNDERSTAND) >= 0) {
            assertThat(c.acknowledgedAt()).isNotNull();
        }
        if (c.step().compareTo(CaseStep.DELIVER) >= 0) {
            assertThat(c.facts()).isNotNull();
            assertThat(c.agreement()).isNotNull();
        }
        if (c.step().compareTo(CaseStep.CLOSE) >= 0) {
            assertThat(c.openActions()).as("nothing left open after Liefern").isZero();
            assertThat(c.deliveredAt()).isNotNull();
        }
        assertThat(c.closedAt() != null).isEqualTo(c.step() == CaseStep.CLOSED);
    }

    private static long count(List<CaseEntry> timeline, CaseEntry.Kind kind) {
        return timeline.stream().filter(e -> e.kind() == kind).count();
    }

    /** The oracle: the table, the owner rule and the preconditions, independent of CaseLifecycle. */
    private static boolean legal(ComplaintCase c, CaseCommand command, StaffId actor) {
        if (!ALLOWED_IN.get(command.getClass()).contains(c.step())) {
            return false;
        }
        boolean stepWork = LEADS_TO.containsKey(command.getClass()) && !(command instanceof Reopen)
                || command instanceof PlanAction || command instanceof CompleteAction;
        if (stepWork && c.assigneeId() != null && !c.assigneeId().equals(actor)) {
            return false;
        }
        return switch (command) {
            case Assign a -> !a.assignee().equals(c.assigneeId());
            case Classify k -> k.category() != c.category() || k.severity() != c.severity();
            case CompleteAction done -> c.actions().stream().anyMatch(a -> a.id().equals(done.actionId())
                    && !a.done());
            case Deliver d -> c.openActions() == 0;
            case PlanAction p -> !p.dueOn().isBefore(TODAY) && c.actions().size() < CaseLifecycle.MAX_ACTIONS
                    && !p.description().isBlank();
            case Understand u -> !u.facts().isBlank() && !u.expectation().isBlank();
            case Close close -> close.satisfaction().satisfaction() == null
                    || close.satisfaction().satisfaction() <= 5;
            default -> true;
        };
    }

    private static CaseCommand resolve(Move move, ComplaintCase c) {
        if (move.advance()) {
            return switch (c.step()) {
                case GREET -> new Acknowledge(null);
                case UNDERSTAND -> new Understand("Kruste hart", "Frische Brötchen");
                case AGREE -> new Agree("Ersatz oder Gutschein", "Gutschein");
                case DELIVER -> c.openActions() > 0 ? new CompleteAction(c.actions().stream()
                        .filter(a -> !a.done()).findFirst().orElseThrow().id()) : new Deliver();
                case CLOSE -> new Close(new Satisfaction(3, 3, 4, 2), null);
                case CLOSED -> new Reopen("Wieder hart");
            };
        }
        if (move.command() instanceof CompleteAction && !c.actions().isEmpty()) {
            return new CompleteAction(c.actions().get(move.actionIndex() % c.actions().size()).id());
        }
        return move.command();
    }

    private static ComplaintCase newCase(@org.jspecify.annotations.Nullable StaffId assignee) {
        return new ComplaintCase(ShopId.newId(), UUID.randomUUID(), 1, new CustomerId(UUID.randomUUID()),
                "Brötchen hart", null, CaseCategory.PRODUCT_QUALITY, Severity.MEDIUM, Channel.PHONE, null, T0, T0,
                "staff", assignee, CaseStep.GREET, null, null, null, null, null, null, null, Satisfaction.NONE, 0, 0,
                List.of(), 1);
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        // weighted so that most sequences get deep into the cycle (and back), with enough refusals on the way
        Arbitrary<StaffId> actors = Arbitraries.frequency(Tuple.of(6, ANNA), Tuple.of(1, BEN), Tuple.of(1, CARLA));
        Arbitrary<String> texts = Arbitraries.frequency(Tuple.of(5, "Kruste hart"), Tuple.of(1, " "));
        Arbitrary<CaseCommand> commands = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(new Acknowledge(null))),
                Tuple.of(3, Combinators.combine(texts, texts).as(Understand::new)),
                Tuple.of(3, Arbitraries.just(new Agree("Ersatz oder Gutschein", "Gutschein"))),
                Tuple.of(2, Combinators.combine(texts, Arbitraries.integers().between(-1, 3))
                        .as((t, days) -> new PlanAction(t, TODAY.plusDays(days)))),
                Tuple.of(2, Arbitraries.just(new CompleteAction(UUID.randomUUID()))),
                Tuple.of(3, Arbitraries.just(new Deliver())),
                Tuple.of(3, Arbitraries.integers().between(1, 6).map(s -> new Close(new Satisfaction(3, 4, s, 2),
                        null))),
                Tuple.of(2, Arbitraries.just(new Reopen("Wieder hart"))),
                Tuple.of(1, actors.map(a -> new Assign(a, null))),
                Tuple.of(1, Combinators.combine(Arbitraries.of(CaseCategory.class), Arbitraries.of(Severity.class))
                        .as(Classify::new)),
                Tuple.of(1, Arbitraries.just(new Note("Kunde rief an"))));
        Arbitrary<Move> move = Combinators.combine(commands, actors, Arbitraries.integers().between(0, 5),
                Arbitraries.frequency(Tuple.of(1, true), Tuple.of(2, false))).as(Move::new);
        return move.list().ofMinSize(10).ofMaxSize(80);
    }
}
