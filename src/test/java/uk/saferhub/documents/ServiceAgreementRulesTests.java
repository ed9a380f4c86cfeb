package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.saferhub.documents.AgreementFixtures.TestArea;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.RefusalWords;
import uk.saferhub.support.SaferHubTest;

/**
 * The service-agreement rules through the services: only a service agreement says what it delivers, a pilot's
 * period runs forwards, a pilot is evaluated once, and roll-out waits for a pilot's evaluated, successful result;
 * after it the layer shows the rolled-out wards in force and the trial area's wards piloted.
 */
@SaferHubTest
class ServiceAgreementRulesTests {

    @Autowired
    AgreementFixtures fixtures;

    @Autowired
    ServiceAgreements agreements;

    @Autowired
    DemoUsers users;

    @Autowired
    SaferHubProperties properties;

    private Actor coordinator() {
        return users.actor("ewilson");
    }

    private LocalDate today() {
        return fixtures.documents.today();
    }

    @Test
    void onlyAServiceAgreementCanSayWhatItDelivers() {
        Document policy = fixtures.register(DocumentType.POLICY_STATEMENT, AgreementFixtures.unique("Not an agreement"));

        assertThatThrownBy(() -> agreements.describe(coordinator(), policy.id(), new ServiceAgreementDetails(
                "Responsible dog ownership", null, "PCSO", null, null, null)))
                .isInstanceOfSatisfying(DocumentChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("type");
                    assertThat(RefusalWords.of(refused)).contains("is a policy statement, not a service agreement");
                });
        assertThat(agreements.agreement(coordinator(), policy.id())).isEmpty();
    }

    @Test
    void aServiceAgreementNeedsTheCouncilServiceItDelivers() {
        Document agreement = fixtures.register(DocumentType.SERVICE_AGREEMENT, AgreementFixtures.unique("Unsaid"));

        assertThatThrownBy(() -> agreements.describe(coordinator(), agreement.id(), new ServiceAgreementDetails(
                "  ", "Anti-social Behaviour Act 2003", null, null, null, null)))
                .isInstanceOfSatisfying(DocumentChangeRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("councilService"));
        ServiceAgreement said = agreements.describe(coordinator(), agreement.id(), new ServiceAgreementDetails(
                "Responsible dog ownership", null, null, null, null, null));

        assertThat(said.deliveringRole()).as("PCSOs deliver unless the agreement says otherwise").isEqualTo("PCSO");
        assertThat(agreements.agreement(coordinator(), agreement.id())).hasValueSatisfying(
                stored -> assertThat(stored.councilService()).isEqualTo(said.councilService()));
    }

    @Test
    void aPilotMustEndOnOrAfterTheDayItStartsAndNeedsBothDates() {
        Document agreement = fixtures.describedAgreement("Backwards pilot");
        TestArea area = fixtures.area("Backwards pilot area");

        assertThatThrownBy(() -> agreements.startPilot(coordinator(), agreement.id(), new NewPilot(
                area.trialArea().id(), today(), today().minusDays(1), "Criteria")))
                .isInstanceOfSatisfying(DocumentChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("endsOn");
                    assertThat(RefusalWords.of(refused)).contains("must end on or after the day it starts");
                });
        assertThatThrownBy(() -> agreements.startPilot(coordinator(), agreement.id(), new NewPilot(
                area.trialArea().id(), null, today(), "Criteria")))
                .isInstanceOfSatisfying(DocumentChangeRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("startsOn"));
        assertThat(agreements.pilots(coordinator(), agreement.id())).isEmpty();
    }

    @Test
    void aPilotIsEvaluatedOnlyOnce() {
        Document agreement = fixtures.describedAgreement("Evaluated twice");
        Pilot pilot = fixtures.pilot(agreement, fixtures.area("Evaluated twice area").trialArea());
        agreements.evaluate(coordinator(), pilot.id(), today(), "Residents noticed fewer fouled pavements", true);

        assertThatThrownBy(() -> agreements.evaluate(coordinator(), pilot.id(), today(), "A second opinion", false))
                .isInstanceOfSatisfying(DocumentChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("evaluationResult");
                    assertThat(RefusalWords.of(refused)).contains("already evaluated");
                });
        assertThat(agreements.pilots(coordinator(), agreement.id())).singleElement().satisfies(p -> {
            assertThat(p.evaluationResult()).isEqualTo("Residents noticed fewer fouled pavements");
            assertThat(p.successful()).isTrue();
        });
    }

    @Test
    void rollOutIsRefusedWhenTheAgreementWasNeverPiloted() {
        Document agreement = fixtures.approvedAgreement("Never piloted");
        TestArea area = fixtures.area("Never piloted area");

        assertRolloutRefused(agreement, area.wards().get(1), "Pilot the agreement in a trial area before rolling it"
                + " out");
    }

    @Test
    void rollOutIsRefusedWhileThePilotHasNoEvaluatedResult() {
        Document agreement = fixtures.approvedAgreement("Unevaluated pilot");
        TestArea area = fixtures.area("Unevaluated pilot area");
        fixtures.pilot(agreement, area.trialArea());

        assertRolloutRefused(agreement, area.wards().get(1), "has not been evaluated yet");
    }

    @Test
    void rollOutIsRefusedAfterAPilotThatDidNotMeetItsCriteria() {
        Document agreement = fixtures.approvedAgreement("Unsuccessful pilot");
        TestArea area = fixtures.area("Unsuccessful pilot area");
        Pilot pilot = fixtures.pilot(agreement, area.trialArea());
        agreements.evaluate(coordinator(), pilot.id(), today(), "Too many complaints", false);

        assertRolloutRefused(agreement, area.wards().get(1), "did not meet its criteria");
    }

    @Test
    void afterASuccessfulEvaluationTheRolledOutWardsAreInForceAndTheTrialAreasWardsPiloted() {
        Document agreement = fixtures.approvedAgreement("Successful pilot");
        TestArea area = fixtures.area("Successful pilot area");
        Pilot pilot = fixtures.pilot(agreement, area.trialArea());
        agreements.evaluate(coordinator(), pilot.id(), today(), "No complaints; problems sorted out", true);
        Place middle = area.wards().get(1);

        Rollout rollout = agreements.rollOut(coordinator(), agreement.id(), middle.id(), today());

        assertThat(rollout.placeName()).isEqualTo(middle.name());
        assertThat(agreements.rollouts(coordinator(), agreement.id())).extracting(Rollout::placeId)
                .containsExactly(middle.id());
        AgreementLayer layer = agreements.layer(coordinator(), area.district().id());
        assertThat(stagesByWardName(layer, agreement)).containsExactlyInAnyOrderEntriesOf(Map.of(
                area.wards().get(0).name(), AreaStage.PILOTED,
                middle.name(), AreaStage.IN_FORCE,
                area.wards().get(2).name(), AreaStage.NOT_YET));
        assertThat(layer.count(agreement.id(), AreaStage.IN_FORCE)).isEqualTo(1);
        assertThat(layer.count(agreement.id(), AreaStage.PILOTED)).isEqualTo(1);
        assertThat(layer.count(agreement.id(), AreaStage.NOT_YET)).isEqualTo(1);
    }

    @Test
    void theLayerHidesAgreementsTheViewerMayNotSee() {
        Document agreement = fixtures.describedAgreement("Hidden draft");
        TestArea area = fixtures.area("Hidden draft area");
        fixtures.pilot(agreement, area.trialArea());

        assertThat(agreements.layer(users.actor("mstenton"), area.district().id()).agreements())
                .extracting(Document::id).doesNotContain(agreement.id());
        assertThat(agreements.layer(users.actor("central.sergeant"), area.district().id()).agreements())
                .extracting(Document::id).contains(agreement.id());
    }

    @Test
    void onHuntingdonshiresRealWardsTheStNeotsPilotAndARollOutShowWardByWard() {
        Assumptions.assumeTrue(Files.isDirectory(properties.referenceDataPath().resolve("boundaries")),
                "Skipped: no reference boundaries at " + properties.referenceDataPath() + " (CI always has them), so"
                        + " there are no Huntingdonshire wards or St Neots trial area");
        Place huntingdonshire = fixtures.geography.place(PlaceType.DISTRICT, "E07000011").orElseThrow();
        Place stNeots = fixtures.geography.place(PlaceType.TRIAL_AREA, "ST-NEOTS").orElseThrow();
        List<UUID> trialWards = fixtures.geography.wardsWithin(stNeots.id()).stream().map(Place::id).toList();
        Place elsewhere = fixtures.geography.wardsWithin(huntingdonshire.id()).stream()
                .filter(w -> !trialWards.contains(w.id())).findFirst().orElseThrow();
        Document agreement = fixtures.approvedAgreement("St Neots first");
        Pilot pilot = fixtures.pilot(agreement, stNeots);
        agreements.evaluate(coordinator(), pilot.id(), today(), "Problems sorted out in St Neots", true);
        agreements.rollOut(coordinator(), agreement.id(), elsewhere.id(), today());

        AgreementLayer layer = agreements.layer(coordinator(), huntingdonshire.id());

        assertThat(trialWards).isNotEmpty()
                .allSatisfy(ward -> assertThat(layer.stage(agreement.id(), ward)).isEqualTo(AreaStage.PILOTED));
        assertThat(layer.stage(agreement.id(), elsewhere.id())).isEqualTo(AreaStage.IN_FORCE);
        assertThat(layer.count(agreement.id(), AreaStage.NOT_YET))
                .isEqualTo(layer.wards().size() - trialWards.size() - 1);
        Document dogs = layer.agreements().stream()
                .filter(d -> d.title().equals("Service Agreement: responsible dog ownership")).findFirst()
                .orElseThrow();
        assertThat(trialWards).as("the demonstration's dog agreement is piloted in St Neots")
                .allSatisfy(ward -> assertThat(layer.stage(dogs.id(), ward)).isEqualTo(AreaStage.PILOTED));
    }

    private void assertRolloutRefused(Document agreement, Place place, String message) {
        assertThatThrownBy(() -> agreements.rollOut(coordinator(), agreement.id(), place.id(), today()))
                .isInstanceOfSatisfying(DocumentChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("placeId");
                    assertThat(RefusalWords.of(refused)).contains(message);
                });
        assertThat(agreements.rollouts(coordinator(), agreement.id())).isEmpty();
    }

    private static Map<String, AreaStage> stagesByWardName(AgreementLayer layer, Document agreement) {
        return layer.wards().stream().collect(Collectors.toMap(Place::name, w -> layer.stage(agreement.id(),
                w.id())));
    }
}
