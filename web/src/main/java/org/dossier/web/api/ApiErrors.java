package org.dossier.web.api;

import org.dossier.assistant.NoSuchConversationException;
import org.dossier.assistant.UserInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Wrong input becomes a 400 with a sentence saying what to do, an unknown conversation a 404; never a stack trace.
 * Spring MVC's own refusals (a parameter of the wrong type, a wrong method or media type) become problem details
 * with their reason too.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NoSuchConversationException.class)
    ProblemDetail noSuchConversation(NoSuchConversationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("No such conversation");
        return problem;
    }

    @ExceptionHandler(UserInputException.class)
    ProblemDetail userInput(UserInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }
}
