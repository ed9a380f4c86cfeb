package uk.saferhub.plans.web;

import java.util.List;
import java.util.UUID;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;

/**
 * One step of a draft, on the step's own page: the day it was taken and what each step records (the Chief Constable's
 * response, the board and its paper, where the response is published, the Panel meeting and item, the Panel's report
 * and its recommendations one paragraph each, the response to each recommendation). The draft's version guards
 * against a change made meanwhile.
 */
record StepForm(@DateEntered(name = "plans.step.on.name", required = false) DateInput on, String text, String board,
        String where, UUID meetingId, Integer itemNumber, String recommendations, List<AnswerRow> answers,
        Integer version) {

    StepForm {
        on = DateInput.orEmpty(on);
        answers = answers == null ? List.of() : answers;
    }
}
