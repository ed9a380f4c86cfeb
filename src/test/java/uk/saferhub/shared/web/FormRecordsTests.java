package uk.saferhub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Every form record can be shown again whatever was posted: Spring builds it with null for a value left out or not
 * taken, so its components are objects, not primitives, and a date input left out entirely is an empty one.
 */
class FormRecordsTests {

    @Test
    void everyFormRecordCanBeBuiltFromNothingPosted() throws Exception {
        List<String> found = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.saferhub")) {
            Class<?> form = type.reflect();
            if (!form.isRecord() || !form.getPackageName().endsWith(".web")
                    || Arrays.stream(form.getRecordComponents()).noneMatch(c -> c.getType() == DateInput.class)) {
                continue;
            }
            checked.add(form.getSimpleName());
            RecordComponent[] components = form.getRecordComponents();
            if (Arrays.stream(components).anyMatch(c -> c.getType().isPrimitive())) {
                found.add(form.getName() + " has a primitive component");
                continue;
            }
            Constructor<?> canonical = form.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            Object built = canonical.newInstance(new Object[components.length]);
            for (RecordComponent component : components) {
                if (component.getType() == DateInput.class) {
                    component.getAccessor().setAccessible(true);
                    if (component.getAccessor().invoke(built) == null) {
                        found.add(form.getName() + "." + component.getName() + " is null when not posted: "
                                + "use DateInput.orEmpty in the compact constructor");
                    }
                }
            }
        }
        assertThat(checked).contains("ActionForm");
        assertThat(found).isEmpty();
    }
}
