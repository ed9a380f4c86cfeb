package uk.saferhub.workforce.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.PlainText;
import uk.saferhub.workforce.internal.FundingScheme;
import uk.saferhub.workforce.internal.SchemeDetails;

/**
 * A funding scheme as posted. The share is a percentage or an amount a post (the scheme refuses both or neither);
 * amounts are read by {@link AmountEditor}, so "£32,000" is taken.
 */
record SchemeForm(
        @NotBlank(message = "{workforce.scheme.name.required}")
        @Size(max = 200, message = "{workforce.scheme.name.tooLong}") @PlainText String name,
        @NotNull(message = "{workforce.scheme.funderId.required}") UUID funderId,
        BigDecimal sharePercent,
        BigDecimal shareAmount,
        @NotNull(message = "{workforce.scheme.posts.required}") Integer posts,
        BigDecimal costPerPost,
        @DateEntered(name = "workforce.scheme.periodFrom.name") DateInput periodFrom,
        @DateEntered(name = "workforce.scheme.periodTo.name", required = false) DateInput periodTo,
        @Size(max = 4000, message = "{workforce.scheme.conditions.tooLong}") @PlainText(lineBreaks = true)
        String conditions,
        @NotNull(message = "{workforce.scheme.handlingLevel.required}") HandlingLevel handlingLevel) {

    SchemeForm {
        periodFrom = DateInput.orEmpty(periodFrom);
        periodTo = DateInput.orEmpty(periodTo);
    }

    static SchemeForm empty() {
        return new SchemeForm(null, null, null, null, null, null, DateInput.empty(), DateInput.empty(), null,
                HandlingLevel.PARTNERSHIP);
    }

    static SchemeForm of(FundingScheme scheme) {
        return new SchemeForm(scheme.name(), scheme.funderId(), scheme.sharePercent(), scheme.shareAmount(),
                scheme.posts(), scheme.costPerPost(), DateInput.of(scheme.periodFrom()),
                DateInput.of(scheme.periodTo()), scheme.conditions(), scheme.handlingLevel());
    }

    SchemeDetails details() {
        return new SchemeDetails(name, funderId, sharePercent, shareAmount, posts, costPerPost, periodFrom.date(),
                periodTo.date(), conditions, handlingLevel);
    }
}
