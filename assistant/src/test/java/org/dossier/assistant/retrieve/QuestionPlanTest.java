package org.dossier.assistant.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What a question's wording asks beyond its words: its parts, a date range, the first or the last. */
class QuestionPlanTest {

    @Test
    void aQuestionThatAsksTwoThingsHasTwoParts() {
        QuestionPlan plan = QuestionPlan.of("Who signed the dredging contract, and how much did the harbour overpay?");

        assertThat(plan.parts()).containsExactly("Who signed the dredging contract",
                "how much did the harbour overpay?");
    }

    @Test
    void aSingleQuestionWithAnAndIsNotSplit() {
        assertThat(QuestionPlan.of("Who signed and stamped the dredging contract?").parts()).isEmpty();
        assertThat(QuestionPlan.of("What did the whistleblower in finance try to do?").isPlain()).isTrue();
    }

    @Test
    void aMonthAYearADayAndARangeAreReadAsDates() {
        assertThat(QuestionPlan.of("What did Ayşe write in March 2024?").range())
                .isEqualTo(new QuestionPlan.DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1)));
        assertThat(QuestionPlan.of("Which invoices were paid in 2024?").range())
                .isEqualTo(new QuestionPlan.DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
        assertThat(QuestionPlan.of("What was sent on 3 March 2024?").range())
                .isEqualTo(new QuestionPlan.DateRange(LocalDate.of(2024, 3, 3), LocalDate.of(2024, 3, 4)));
        assertThat(QuestionPlan.of("Who wrote between 1 March and 15 April 2024?").range())
                .isEqualTo(new QuestionPlan.DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 16)));
        assertThat(QuestionPlan.of("What was agreed before May 2024?").range().to()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void aNumberThatIsNoYearIsNoDate() {
        assertThat(QuestionPlan.of("What is in 2231?").range()).isNull();
        assertThat(QuestionPlan.of("Who paid invoice 2231 in full?").range()).isNull();
    }

    @Test
    void firstEarliestLastAndLatestAskForAnOrder() {
        assertThat(QuestionPlan.of("When did Mirela first write about Bluewater?").order())
                .isEqualTo(QuestionPlan.Order.FIRST);
        assertThat(QuestionPlan.of("What was the earliest message in the thread?").order())
                .isEqualTo(QuestionPlan.Order.FIRST);
        assertThat(QuestionPlan.of("What did Mirela's latest message say?").order())
                .isEqualTo(QuestionPlan.Order.LAST);
        assertThat(QuestionPlan.of("What changed last year?").order()).isNull();
    }
}
