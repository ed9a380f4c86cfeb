package uk.saferhub.publicsite.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.tasking.PublicPriorities;
import uk.saferhub.tasking.PublicPriority;

/**
 * An area's PUBLIC priorities as open data for anyone, in the shape of data.police.uk's neighbourhood priorities: an
 * array of objects with {@code issue}, {@code issue-date}, {@code action} and {@code action-date}. The area is the
 * slug of the area a tasking group covers (for example {@code east-north-east-leeds}); an unknown one is 404 problem
 * details.
 */
@RestController
class PublicPrioritiesApiController {

    private final PublicPriorities priorities;

    PublicPrioritiesApiController(PublicPriorities priorities) {
        this.priorities = priorities;
    }

    @PermitAll
    @GetMapping("/public/api/priorities/{area}")
    ResponseEntity<?> priorities(@PathVariable String area) {
        return priorities.ofArea(area).<ResponseEntity<?>>map(found -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON).body(found.stream().map(PublicPrioritiesApiController::json)
                        .toList()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such area")));
    }

    private static Map<String, Object> json(PublicPriority priority) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issue", priority.issue());
        json.put("issue-date", priority.issueDate().toString());
        json.put("action", priority.action());
        json.put("action-date", priority.actionDate().toString());
        return json;
    }
}
