package uk.saferhub.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import uk.saferhub.audit.AuditTrail;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.RefusalWords;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class PlaceImportTests {

    @Autowired
    PlaceEditor editor;

    @Autowired
    Geography geography;

    @Autowired
    AuditTrail audit;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    private final String prefix = GeographyFixtures.prefix();

    private ImportRequest wards(String fixture) {
        return new ImportRequest(prefix + "-" + fixture, GeographyFixtures.unique(fixture, prefix), PlaceType.WARD,
                "CODE", "NAME", null, null);
    }

    private ImportRequest wards(byte[] content) {
        return new ImportRequest(prefix + "-changed.geojson", content, PlaceType.WARD, "CODE", "NAME", null, null);
    }

    private ImportOutcome apply(ImportRequest request) {
        return editor.apply(users.actor("ewilson"), request);
    }

    private Place ward(String suffix) {
        return geography.place(PlaceType.WARD, prefix + "-" + suffix).orElseThrow();
    }

    private long placesWithThePrefix() {
        return jdbc.sql("select count(*) from place where code like ?").param(prefix + "-%").query(Long.class)
                .single();
    }

    @Test
    void importingAFileCreatesEachPlaceWithItsBoundaryItsAreaAndARecordOfTheImport() {
        ImportOutcome outcome = apply(wards("three-wards.geojson"));

        assertThat(outcome.applied().features()).extracting(FeaturePreview::action)
                .containsOnly(ImportAction.CREATE);
        Place west = ward("1");
        assertThat(outcome.applied().features().getFirst().placeId()).isEqualTo(west.id());
        assertThat(west.name()).isEqualTo("Test West");
        assertThat(west.hasBoundary()).isTrue();
        assertThat(west.madeOfWards()).isFalse();
        // 0.01° of longitude at 52.205°N is 0.6823 km, 0.01° of latitude 1.1057 km.
        assertThat(west.areaSqKm()).isCloseTo(0.754, within(0.002));
        assertThat(geography.boundary(west.id()).orElseThrow().getCoordinates()[0].x).isEqualTo(-0.30);
        assertThat(jdbc.sql("select created, replaced, unchanged, imported_by from place_import where id = ?")
                .param(outcome.importId()).query((rs, row) -> rs.getInt(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3)
                        + " by " + rs.getString(4)).single()).isEqualTo("3/0/0 by Mrs E Wilson");
        assertThat(audit.historyOf("place-import", outcome.importId().toString())).singleElement()
                .satisfies(entry -> assertThat(entry.summary()).contains("Imported 3 wards", "3 new, 0 replaced"));
    }

    @Test
    void importingTheSameFileAgainLeavesEveryPlaceUnchangedWithItsId() {
        apply(wards("three-wards.geojson"));
        List<UUID> ids = List.of(ward("1").id(), ward("2").id(), ward("3").id());

        ImportPreview again = editor.preview(wards("three-wards.geojson"));

        assertThat(again.features()).extracting(FeaturePreview::action).containsOnly(ImportAction.UNCHANGED);
        assertThat(again.features()).extracting(FeaturePreview::placeId).containsExactlyElementsOf(ids);
        assertThat(again.changesAnything()).isFalse();
        apply(wards("three-wards.geojson"));
        assertThat(List.of(ward("1").id(), ward("2").id(), ward("3").id())).isEqualTo(ids);
        assertThat(placesWithThePrefix()).isEqualTo(3);
    }

    @Test
    void applyingOnlyWhenSomethingChangesRecordsNothingForAFileAlreadyImported() {
        assertThat(editor.applyIfChanged(null, wards("three-wards.geojson"))).isPresent();
        long imports = jdbc.sql("select count(*) from place_import").query(Long.class).single();

        assertThat(editor.applyIfChanged(null, wards("three-wards.geojson"))).isEmpty();

        assertThat(jdbc.sql("select count(*) from place_import").query(Long.class).single()).isEqualTo(imports);
        assertThatThrownBy(() -> editor.applyIfChanged(null, wards("third-without-name.geojson")))
                .isInstanceOf(GeographyChangeRefused.class);
    }

    @Test
    void aChangedBoundaryReplacesThePlaceKeepingItsIdItsAreasAndRedrawingThem() {
        apply(wards("three-wards.geojson"));
        Place west = ward("1");
        Place area = editor.defineArea(null, PlaceType.PATROL_AREA, prefix + "-AREA", "Test patrol", null,
                Set.of(west.id(), ward("2").id()));
        double areaBefore = area.areaSqKm();
        String moved = new String(GeographyFixtures.unique("three-wards.geojson", prefix), StandardCharsets.UTF_8)
                .replace("-0.30", "-0.31").replace("Test Middle", "Test Centre");

        ImportOutcome outcome = apply(wards(moved.getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome.applied().features()).extracting(FeaturePreview::action)
                .containsExactly(ImportAction.REPLACE, ImportAction.REPLACE, ImportAction.UNCHANGED);
        assertThat(ward("1").id()).isEqualTo(west.id());
        assertThat(ward("1").areaSqKm()).isCloseTo(2 * 0.754, within(0.004));
        assertThat(ward("2").name()).isEqualTo("Test Centre");
        assertThat(geography.wardsWithin(area.id())).extracting(Place::id).contains(west.id());
        assertThat(geography.require(area.id()).areaSqKm()).isCloseTo(areaBefore + 0.754, within(0.004));
    }

    @Test
    void aFileWithoutTheCodePropertyIsRefusedAndNothingIsImported() {
        ImportRequest request = wards("three-wards.geojson").with(PlaceType.WARD, "WD13CD", "NAME", null, null);

        ImportPreview preview = editor.preview(request);

        assertThat(problems(preview)).containsExactly("No feature has the property \"WD13CD\" for the code; the "
                + "file's properties are CODE, NAME, DISTRICT");
        assertThatThrownBy(() -> apply(request)).isInstanceOf(GeographyChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused))
                        .startsWith("Nothing was imported: No feature has the property \"WD13CD\""))
                .extracting(refused -> ((GeographyChangeRefused) refused).field()).isEqualTo("codeProperty");
        assertThat(placesWithThePrefix()).isZero();
    }

    @Test
    void aFeatureWithABlankCodeOrACodeUsedTwiceIsAProblemNamingTheFeature() {
        String content = new String(GeographyFixtures.unique("three-wards.geojson", prefix), StandardCharsets.UTF_8)
                .replace("\"" + prefix + "-2\"", "\" \"").replace("\"" + prefix + "-3\"", "\"" + prefix + "-1\"");

        ImportPreview preview = editor.preview(wards(content.getBytes(StandardCharsets.UTF_8)));

        assertThat(problems(preview)).containsExactly(
                "Feature 2 has no code: its \"CODE\" property is missing or blank",
                "Features 1 and 3 both have the code " + prefix + "-1");
    }

    @Test
    void aFileWhoseThirdFeatureHasNoNameImportsNothingAtAll() {
        ImportRequest request = wards("third-without-name.geojson");

        assertThatThrownBy(() -> apply(request)).isInstanceOf(GeographyChangeRefused.class)
                .extracting(RefusalWords::of, STRING).isEqualTo("Nothing was imported: Feature 3 (" + prefix
                        + "-3) has no name: its \"NAME\" property is missing or blank");
        assertThat(placesWithThePrefix()).isZero();
        assertThat(jdbc.sql("select count(*) from place_import where file_name = ?").param(request.fileName())
                .query(Long.class).single()).isZero();
    }

    @Test
    void wardsFindTheirParentByTheCodeTheyCarry() {
        editor.apply(null, new ImportRequest("district.geojson", GeographyFixtures.unique("district.geojson", prefix),
                PlaceType.DISTRICT, "CODE", "NAME", null, null));
        Place district = geography.place(PlaceType.DISTRICT, prefix + "-D").orElseThrow();

        apply(wards("three-wards.geojson").with(PlaceType.WARD, "CODE", "NAME", null, "DISTRICT"));

        assertThat(geography.wardsWithin(district.id())).extracting(Place::code)
                .containsExactlyInAnyOrder(prefix + "-1", prefix + "-2", prefix + "-3");
        assertThat(problems(editor.preview(new ImportRequest("district.geojson", GeographyFixtures.unique(
                "district.geojson", prefix), PlaceType.DISTRICT, "CODE", "NAME", district.id(), null))))
                .containsExactly("Feature 1 (Test District) cannot be part of itself");
        assertThat(problems(editor.preview(wards("three-wards.geojson").with(PlaceType.WARD, "CODE", "NAME",
                null, "NAME")))).contains("Feature 1 (Test West): no place above a ward has the parent code Test West");
    }

    @Test
    void aRepairedBoundaryIsImportedWithItsNote() {
        ImportOutcome outcome = apply(wards("bow-tie.geojson"));

        assertThat(outcome.applied().features().getFirst().repair())
                .isEqualTo("repaired: self-intersection at 0.00500, 52.00500");
        assertThat(outcome.applied().repaired()).isEqualTo(1);
        assertThat(geography.boundary(ward("BOW").id()).orElseThrow().isValid()).isTrue();
    }

    @Test
    void aReaderMayNotImport() {
        assertThatThrownBy(() -> editor.apply(users.actor("cambs.analyst"), wards("three-wards.geojson")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(placesWithThePrefix()).isZero();
    }

    /** The English of the problems of an import's preview, in order. */
    private static java.util.List<String> problems(ImportPreview preview) {
        return preview.problems().stream().map(RefusalWords::of).toList();
    }
}
