package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static uk.saferhub.workforce.WorkforceTestData.APRIL_2024;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.RefusalWords;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.workforce.internal.ActiveAttachment;
import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.FundingScheme;
import uk.saferhub.workforce.internal.NewAttachment;
import uk.saferhub.workforce.internal.PcsoDetails;
import uk.saferhub.workforce.internal.PcsoStatus;
import uk.saferhub.workforce.internal.SchemeDetails;
import uk.saferhub.workforce.internal.Workforce;
import uk.saferhub.workforce.internal.WorkforceChangeRefused;
import uk.saferhub.workforce.internal.WorkforceEditor;

@SaferHubTest
class WorkforceEditorRulesTests {

    @Autowired
    Workforce workforce;

    @Autowired
    WorkforceEditor editor;

    @Autowired
    Directory directory;

    @Autowired
    PlaceStore places;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers users;

    WorkforceTestData data;

    @BeforeEach
    void setUp() {
        data = new WorkforceTestData(editor, directory, places, jdbc);
    }

    SchemeDetails hertsScheme(String name, String percent) {
        return new SchemeDetails(name, data.organisation("Hertfordshire County Council"), new BigDecimal(percent), null,
                12, new BigDecimal("32000"), APRIL_2024, null, "Wards not covered by any other PCSO scheme", null);
    }

    @Test
    void aCoordinatorAddsASchemeOfTheirCountyAndTheChangeIsAudited() {
        var scheme = editor.createScheme(users.actor("herts.coordinator"), hertsScheme(
                WorkforceTestData.unique("HCC funded PCSOs"), "100"));
        assertThat(scheme.handlingLevel()).isEqualTo(HandlingLevel.PARTNERSHIP);
        assertThat(workforce.scheme(users.actor("herts.police"), scheme.id()).costToFunder())
                .contains(new BigDecimal("384000.00"));
        assertThat(data.audited("CREATE", "workforce-scheme", scheme.id())).isEqualTo(1);
    }

    @Test
    void aShareOverAHundredPercentIsRefusedAndNothingIsSaved() {
        String name = WorkforceTestData.unique("Too generous");
        assertThatThrownBy(() -> editor.createScheme(users.actor("herts.coordinator"), hertsScheme(name, "120")))
                .isInstanceOf(WorkforceChangeRefused.class)
                .satisfies(e -> assertThat(RefusalWords.of(e)).contains("no more than 100%"))
                .extracting(e -> ((WorkforceChangeRefused) e).field()).isEqualTo("sharePercent");
        assertThat(data.count("workforce_scheme", "name", name)).isZero();
    }

    @Test
    void aFunderOutsideTheCoordinatorsPartnershipIsRefused() {
        String name = WorkforceTestData.unique("Leeds by Herts");
        var leeds = new SchemeDetails(name, data.organisation("Leeds City Council"), new BigDecimal("30"), null, 170,
                null, APRIL_2024, null, null, null);
        assertThatThrownBy(() -> editor.createScheme(users.actor("herts.coordinator"), leeds))
                .isInstanceOf(WorkforceChangeRefused.class)
                .extracting(e -> ((WorkforceChangeRefused) e).field()).isEqualTo("funderId");
        assertThat(data.count("workforce_scheme", "name", name)).isZero();
    }

    @Test
    void aFunderCannotHaveTwoSchemesOfTheSameName() {
        var first = data.scheme("Hertfordshire County Council", "100", 4, null);
        assertThatThrownBy(() -> editor.createScheme(null, hertsScheme(first.name().toUpperCase(), "50")))
                .isInstanceOf(WorkforceChangeRefused.class)
                .extracting(e -> ((WorkforceChangeRefused) e).field()).isEqualTo("name");
    }

    @Test
    void aCoordinatorOfAnotherPartnershipCannotChangeOrEvenFindAScheme() {
        var scheme = data.scheme("Hertfordshire County Council", "100", 4, null);
        assertThatThrownBy(() -> editor.reviseScheme(users.actor("mstenton"), scheme.id(), scheme.details()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> workforce.scheme(users.actor("leeds.admin"), scheme.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(workforce.schemes(users.actor("mstenton"))).extracting(FundingScheme::id)
                .doesNotContain(scheme.id());
        assertThat(workforce.schemes(users.actor("harpenden.clerk"))).extracting(FundingScheme::id)
                .contains(scheme.id());
    }

    @Test
    void aCollarNumberIsUniqueWithinAForceButNotAcrossForces() {
        var pcso = data.pcso("Hertfordshire Constabulary", null, null);
        var same = new PcsoDetails("Another PCSO", pcso.collarNumber().toLowerCase(),
                data.organisation("Hertfordshire Constabulary"), null, null, null, null, APRIL_2024, null);
        assertThatThrownBy(() -> editor.createPcso(null, same)).isInstanceOf(WorkforceChangeRefused.class)
                .extracting(e -> ((WorkforceChangeRefused) e).field()).isEqualTo("collarNumber");
        var elsewhere = editor.createPcso(null, new PcsoDetails("Another PCSO", pcso.collarNumber(),
                data.organisation("West Yorkshire Police"), null, null, null, null, APRIL_2024, null));
        assertThat(elsewhere.status()).isEqualTo(PcsoStatus.ACTIVE);
        assertThat(data.audited("CREATE", "pcso", elsewhere.id())).isEqualTo(1);
    }

    @Test
    void aPcsoWorksForAPoliceForceInATeamTheCoordinatorsPartnershipShares() {
        var council = new PcsoDetails("Council PCSO", WorkforceTestData.collar(),
                data.organisation("Leeds City Council"), null, null, null, null, APRIL_2024, null);
        assertThatThrownBy(() -> editor.createPcso(users.actor("mstenton"), council))
                .extracting(e -> ((WorkforceChangeRefused) e).field()).isEqualTo("forceId");
        var hertsForce = new PcsoDetails("Herts PCSO", WorkforceTestData.collar(),
                data.organisation("Hertfordshire Constabulary"), null, null, null, null, APRIL_2024, null);
        assertThatThrownBy(() -> editor.createPcso(users.actor("mstenton"), hertsForce))
                .extracting(e -> ((WorkforceChangeRefused) e).field()).isEqualTo("forceId");
        var notATeam = new PcsoDetails("Leeds PCSO", WorkforceTestData.collar(),
                data.organisation("West Yorkshire Police"), data.organisation("Safer Leeds"), null, null, null,
                APRIL_2024, null);
        assertThatThrownBy(() -> editor.createPcso(users.actor("mstenton"), notATeam))
                .extracting(e -> ((WorkforceChangeRefused) e).field()).isEqualTo("teamId");
        var person = data.person("Katie Rowan");
        var linked = editor.createPcso(users.actor("mstenton"), new PcsoDetails("Leeds PCSO",
                WorkforceTestData.collar(), data.organisation("West Yorkshire Police"),
                data.organisation("East North East Leeds Neighbourhood Policing Team"), null, person, null,
                APRIL_2024, null));
        assertThatThrownBy(() -> editor.createPcso(null, new PcsoDetails("Twin", WorkforceTestData.collar(),
                data.organisation("West Yorkshire Police"), null, null, person, null, APRIL_2024, null)))
                .extracting(e -> ((WorkforceChangeRefused) e).field()).isEqualTo("personId");
        editor.revisePcso(null, linked.id(), new PcsoDetails(linked.name(), linked.collarNumber(), linked.forceId(),
                linked.teamId(), data.person("Martyn Stenton"), person, null, APRIL_2024, PcsoStatus.ON_LEAVE));
        assertThat(data.audited("UPDATE", "pcso", linked.id())).isEqualTo(1);
    }

    @Test
    void attachingToAPlaceThatIsNotAWardIsRefused() {
        var pcso = data.pcso("Hertfordshire Constabulary", null, null);
        var district = data.district("St Albans test district");
        assertThatThrownBy(() -> editor.attach(null, pcso.id(), new NewAttachment(List.of(district.id()), null,
                APRIL_2024, null))).isInstanceOf(WorkforceChangeRefused.class)
                .satisfies(e -> assertThat(RefusalWords.of(e)).contains("not a ward"))
                .extracting(e -> ((WorkforceChangeRefused) e).field()).isEqualTo("wardIds");
        assertThat(data.attachmentsOf(pcso.id())).isZero();
    }

    @Test
    void overlappingDatesForTheSameWardAndRoleAreRefusedAndNoWardOfTheRequestIsAttached() {
        var pcso = data.pcso("Hertfordshire Constabulary", null, null);
        var wards = data.wards("Dacorum test", 2);
        data.attach(pcso, wards.get(1), AttachmentRole.DESIGNATED, APRIL_2024, APRIL_2024.plusMonths(6));
        var overlapping = new NewAttachment(List.of(wards.get(0).id(), wards.get(1).id()),
                AttachmentRole.DESIGNATED, APRIL_2024.plusMonths(6), null);
        assertThatThrownBy(() -> editor.attach(users.actor("herts.coordinator"), pcso.id(), overlapping))
                .isInstanceOf(WorkforceChangeRefused.class)
                .extracting(RefusalWords::of, STRING).contains(wards.get(1).name());
        assertThat(data.attachmentsOf(pcso.id())).isEqualTo(1);

        var cover = editor.attach(users.actor("herts.coordinator"), pcso.id(), new NewAttachment(
                List.of(wards.get(1).id()), AttachmentRole.COVER, APRIL_2024.plusMonths(6), null));
        var afterwards = editor.attach(users.actor("herts.coordinator"), pcso.id(), new NewAttachment(
                List.of(wards.get(1).id()), AttachmentRole.DESIGNATED, APRIL_2024.plusMonths(6).plusDays(1), null));
        assertThat(cover).hasSize(1);
        assertThat(afterwards).hasSize(1);
        assertThat(data.audited("CREATE", "patrol-attachment", cover.getFirst().id())).isEqualTo(1);
    }

    @Test
    void anAttachmentEndingBeforeItStartsIsRefused() {
        var pcso = data.pcso("Hertfordshire Constabulary", null, null);
        var ward = data.wards("Watford test", 1).getFirst();
        assertThatThrownBy(() -> editor.attach(null, pcso.id(), new NewAttachment(List.of(ward.id()),
                AttachmentRole.DESIGNATED, APRIL_2024, APRIL_2024.minusDays(1))))
                .extracting(e -> ((WorkforceChangeRefused) e).field()).isEqualTo("to");
        assertThat(data.attachmentsOf(pcso.id())).isZero();
    }

    @Test
    void endingAnAttachmentKeepsItInTheHistoryWithItsEndDate() {
        var pcso = data.pcso("Hertfordshire Constabulary", null, null);
        var ward = data.wards("Stevenage test", 1).getFirst();
        var attachment = data.attach(pcso, ward, AttachmentRole.DESIGNATED, APRIL_2024, null);
        var herts = users.actor("herts.coordinator");
        assertThatThrownBy(() -> editor.endAttachment(herts, attachment.id(), APRIL_2024.minusDays(1)))
                .extracting(e -> ((WorkforceChangeRefused) e).field()).isEqualTo("to");
        assertThatThrownBy(() -> editor.endAttachment(users.actor("mstenton"), attachment.id(), APRIL_2024))
                .isInstanceOf(RecordNotFoundException.class);
        editor.endAttachment(herts, attachment.id(), APRIL_2024.plusMonths(3));
        assertThatThrownBy(() -> editor.endAttachment(herts, attachment.id(), APRIL_2024.plusMonths(4)))
                .isInstanceOf(WorkforceChangeRefused.class).extracting(RefusalWords::of, STRING)
                .contains("already ended");
        assertThat(workforce.attachmentsOf(herts, pcso.id())).singleElement()
                .satisfies(ended -> assertThat(ended.to()).isEqualTo(APRIL_2024.plusMonths(3)));
        assertThat(data.audited("UPDATE", "patrol-attachment", attachment.id())).isEqualTo(1);
    }

    @Test
    void activeAttachmentsOnADayLeaveOutEndedOnesAndPcsosWhoHaveLeft() {
        var scheme = data.scheme("Hertfordshire County Council", "100", 3, "30000");
        var stays = data.pcso("Hertfordshire Constabulary", null, scheme);
        var leaves = data.pcso("Hertfordshire Constabulary", null, scheme);
        var wards = data.wards("Broxbourne test", 3);
        data.attach(stays, wards.get(0), AttachmentRole.DESIGNATED, APRIL_2024, null);
        data.attach(stays, wards.get(1), AttachmentRole.COVER, APRIL_2024, APRIL_2024.plusMonths(1));
        data.attach(leaves, wards.get(2), AttachmentRole.DESIGNATED, APRIL_2024, null);
        editor.revisePcso(null, leaves.id(), new PcsoDetails(leaves.name(), leaves.collarNumber(), leaves.forceId(),
                null, null, null, scheme.id(), APRIL_2024, PcsoStatus.LEFT));

        var day = APRIL_2024.plusMonths(2);
        assertThat(workforce.activeAttachments(day)).filteredOn(a -> scheme.id().equals(a.schemeId()))
                .singleElement().satisfies(a -> {
                    assertThat(a.pcsoId()).isEqualTo(stays.id());
                    assertThat(a.wardId()).isEqualTo(wards.get(0).id());
                    assertThat(a.role()).isEqualTo(AttachmentRole.DESIGNATED);
                });
        assertThat(workforce.schemeAttachments(users.actor("harpenden.clerk"), scheme.id(), APRIL_2024))
                .extracting(ActiveAttachment::wardId).containsExactlyInAnyOrder(wards.get(0).id(), wards.get(1).id());
        assertThat(workforce.activeAttachments(users.actor("mstenton"), APRIL_2024))
                .extracting(ActiveAttachment::pcsoId).doesNotContain(stays.id());
    }

    @Test
    void aTeamsFilledPostsAreItsActivePcsosAndANegativeEstablishmentIsRefused() {
        String team = "St Neots Neighbourhood Policing Team";
        var teamId = data.organisation(team);
        int before = workforce.team(users.actor("ewilson"), teamId).filled();
        data.pcso("Cambridgeshire Constabulary", team, null);
        var ward = data.wards("Huntingdonshire test", 1).getFirst();
        var onLeave = data.pcso("Cambridgeshire Constabulary", team, null);
        data.attach(onLeave, ward, AttachmentRole.DESIGNATED, APRIL_2024, null);
        editor.revisePcso(null, onLeave.id(), new PcsoDetails(onLeave.name(), onLeave.collarNumber(),
                onLeave.forceId(), teamId, null, null, null, APRIL_2024, PcsoStatus.ON_LEAVE));
        assertThatThrownBy(() -> editor.setEstablishment(users.actor("ewilson"), teamId, -1))
                .extracting(e -> ((WorkforceChangeRefused) e).field()).isEqualTo("establishment");
        assertThatThrownBy(() -> editor.setEstablishment(users.actor("mstenton"), teamId, 5))
                .isInstanceOf(RecordNotFoundException.class);
        var posts = editor.setEstablishment(users.actor("ewilson"), teamId, before + 3);
        assertThat(posts.filled()).isEqualTo(before + 1);
        assertThat(posts.vacancies()).isEqualTo(2);
        assertThat(workforce.teamAttachments(users.actor("cambs.analyst"), teamId, APRIL_2024))
                .extracting(ActiveAttachment::pcsoId).contains(onLeave.id());
        assertThat(data.audited("UPDATE", "team-posts", teamId) + data.audited("CREATE", "team-posts", teamId))
                .isGreaterThanOrEqualTo(1);
    }
}
