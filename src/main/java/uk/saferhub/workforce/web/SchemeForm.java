package uk.saferhub.workforce.web;

import static uk.saferhub.workforce.web.FormValues.anyOf;
import static uk.saferhub.workforce.web.FormValues.blank;
import static uk.saferhub.workforce.web.FormValues.date;
import static uk.saferhub.workforce.web.FormValues.number;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.PlainText;
import uk.saferhub.workforce.FundingScheme;
import uk.saferhub.workforce.SchemeDetails;

/** A funding scheme as posted: everything as text, checked before it becomes {@link SchemeDetails}. */
public class SchemeForm {

    @Size(max = 200, message = "The name must be 200 characters or fewer")
    @PlainText
    private String name;
    private String funderId;
    private String sharePercent;
    private String shareAmount;
    private String posts;
    private String costPerPost;
    private String periodFromDay;
    private String periodFromMonth;
    private String periodFromYear;
    private String periodToDay;
    private String periodToMonth;
    private String periodToYear;
    @Size(max = 4000, message = "The conditions must be 4000 characters or fewer")
    private String conditions;
    private String handlingLevel = HandlingLevel.PARTNERSHIP.name();

    static SchemeForm of(FundingScheme scheme) {
        var form = new SchemeForm();
        form.name = scheme.name();
        form.funderId = scheme.funderId().toString();
        form.sharePercent = plain(scheme.sharePercent());
        form.shareAmount = plain(scheme.shareAmount());
        form.posts = String.valueOf(scheme.posts());
        form.costPerPost = plain(scheme.costPerPost());
        form.periodFromDay = String.valueOf(scheme.periodFrom().getDayOfMonth());
        form.periodFromMonth = String.valueOf(scheme.periodFrom().getMonthValue());
        form.periodFromYear = String.valueOf(scheme.periodFrom().getYear());
        if (scheme.periodTo() != null) {
            form.periodToDay = String.valueOf(scheme.periodTo().getDayOfMonth());
            form.periodToMonth = String.valueOf(scheme.periodTo().getMonthValue());
            form.periodToYear = String.valueOf(scheme.periodTo().getYear());
        }
        form.conditions = scheme.conditions();
        form.handlingLevel = scheme.handlingLevel().name();
        return form;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** Checks what the annotations cannot: numbers, dates and choices as typed. */
    void check(Errors errors) {
        if (blank(name)) {
            errors.rejectValue("name", "required", "Enter the name of the scheme");
        }
        if (!FormValues.isUuid(funderId)) {
            errors.rejectValue("funderId", "required", "Choose the organisation that funds the scheme");
        }
        if (!blank(sharePercent) && number(sharePercent) == null) {
            errors.rejectValue("sharePercent", "number", "Enter the share as a number, for example 30");
        }
        if (!blank(shareAmount) && number(shareAmount) == null) {
            errors.rejectValue("shareAmount", "number", "Enter the amount a post in pounds, for example 12000");
        }
        if (!blank(costPerPost) && number(costPerPost) == null) {
            errors.rejectValue("costPerPost", "number", "Enter the cost of a post in pounds, for example 35000");
        }
        if (FormValues.whole(posts) == null) {
            errors.rejectValue("posts", "number", "Enter the number of posts as a whole number, for example 170");
        }
        if (date(periodFromDay, periodFromMonth, periodFromYear) == null) {
            errors.rejectValue("periodFromDay", "required", "Enter the date the scheme starts as a real date");
        }
        if (anyOf(periodToDay, periodToMonth, periodToYear) && date(periodToDay, periodToMonth, periodToYear) == null) {
            errors.rejectValue("periodToDay", "invalid",
                    "Enter the date the scheme ends as a real date, or leave it empty");
        }
        if (conditions != null && (conditions.contains("<") || conditions.contains(">"))) {
            errors.rejectValue("conditions", "plainText", "Remove the < and > characters: conditions are plain text");
        }
        if (handlingLevel == null || Arrays.stream(HandlingLevel.values()).noneMatch(l -> l.name().equals(handlingLevel))) {
            errors.rejectValue("handlingLevel", "required", "Choose who may see the scheme");
        }
    }

    SchemeDetails details() {
        return new SchemeDetails(name, UUID.fromString(funderId.strip()), number(sharePercent), number(shareAmount),
                FormValues.whole(posts), number(costPerPost), date(periodFromDay, periodFromMonth, periodFromYear),
                periodTo(), FormValues.orNull(conditions), HandlingLevel.valueOf(handlingLevel));
    }

    private LocalDate periodTo() {
        return date(periodToDay, periodToMonth, periodToYear);
    }

    public String getName() { return name; }
    public void setName(String value) { this.name = value; }
    public String getFunderId() { return funderId; }
    public void setFunderId(String value) { this.funderId = value; }
    public String getSharePercent() { return sharePercent; }
    public void setSharePercent(String value) { this.sharePercent = value; }
    public String getShareAmount() { return shareAmount; }
    public void setShareAmount(String value) { this.shareAmount = value; }
    public String getPosts() { return posts; }
    public void setPosts(String value) { this.posts = value; }
    public String getCostPerPost() { return costPerPost; }
    public void setCostPerPost(String value) { this.costPerPost = value; }
    public String getPeriodFromDay() { return periodFromDay; }
    public void setPeriodFromDay(String value) { this.periodFromDay = value; }
    public String getPeriodFromMonth() { return periodFromMonth; }
    public void setPeriodFromMonth(String value) { this.periodFromMonth = value; }
    public String getPeriodFromYear() { return periodFromYear; }
    public void setPeriodFromYear(String value) { this.periodFromYear = value; }
    public String getPeriodToDay() { return periodToDay; }
    public void setPeriodToDay(String value) { this.periodToDay = value; }
    public String getPeriodToMonth() { return periodToMonth; }
    public void setPeriodToMonth(String value) { this.periodToMonth = value; }
    public String getPeriodToYear() { return periodToYear; }
    public void setPeriodToYear(String value) { this.periodToYear = value; }
    public String getConditions() { return conditions; }
    public void setConditions(String value) { this.conditions = value; }
    public String getHandlingLevel() { return handlingLevel; }
    public void setHandlingLevel(String value) { this.handlingLevel = value; }
}
